import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeNextPath("/events?type=ConnectedCallback")).toBe("/events?type=ConnectedCallback");
    expect(safeNextPath("/events/42")).toBe("/events/42");
    expect(safeNextPath("/")).toBe("/");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["backslash host", "/\\evil.example"],
    ["backslash later", "/events\\..\\x"],
    ["absolute http", "https://evil.example/"],
    ["javascript", "javascript:alert(1)"],
    ["relative", "events"],
    ["tab inside", "/\t/evil.example"],
    ["newline inside", "/ev\nil"],
    ["login loop", "/login?next=/"],
    ["empty", ""],
    ["missing", null],
  ])("refuses %s", (_name, value) => {
    expect(safeNextPath(value)).toBeNull();
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNextPath("/a/../../events")).toBe("/events");
  });
});
