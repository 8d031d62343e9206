import { describe, expect, it } from "vitest";
import { cloneFixture, patch } from "./clone-fixture";
import type { Fixtures } from "./load-fixtures";

const IMAGE = {
  instanceId: "3C0FFEE00000000000000000000000A1",
  messageId: "3EB0000000000000000D04",
  participantPhone: null,
  image: { imageUrl: "https://host/instances/3C0FFEE00000000000000000000000A1/3EB0000000000000000D04/x.png" },
  type: "ReceivedCallback",
};
const fixtures: Fixtures = new Map([["received-image-group-captured", IMAGE]]);

describe("cloneFixture", () => {
  it("keeps the fixture's key order, drops keys set to undefined and appends new keys", () => {
    const body = cloneFixture(fixtures, "received-image-group-captured", { type: "ReceivedCallback", participantPhone: undefined, extra: 1, instanceId: "A".repeat(32) });
    expect(Object.keys(body)).toEqual(["instanceId", "messageId", "image", "type", "extra"]);
  });

  it("rewrites the fixture's instanceId and messageId inside media URLs", () => {
    const body = cloneFixture(fixtures, "received-image-group-captured", { instanceId: "B".repeat(32), messageId: "3A1234567890ABCDEF12" });
    expect(body.image).toEqual({ imageUrl: `https://host/instances/${"B".repeat(32)}/3A1234567890ABCDEF12/x.png` });
    expect(IMAGE.image.imageUrl).toContain("3C0FFEE"); // the loaded fixture itself is untouched
  });

  it("refuses a fixture that was not loaded", () => {
    expect(() => cloneFixture(new Map(), "delivery", {})).toThrow(/delivery/);
  });
});

describe("patch", () => {
  it("replaces in place", () => {
    expect(Object.entries(patch({ a: 1, b: 2 }, { a: 3 }))).toEqual([["a", 3], ["b", 2]]);
  });
});
