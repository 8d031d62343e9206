import { describe, expect, it } from "vitest";
import type { TMessageDto } from "@/lib/schemas/dto";
import { dropRepeatedContent } from "./drop-repeated-content";

const base = { kind: "text", text: "Olá", content: { message: "Olá" } } as unknown as TMessageDto;

describe("dropRepeatedContent", () => {
  it("drops a text message's content that only repeats its text", () => {
    expect(dropRepeatedContent(base).content).toBeNull();
  });
  it("keeps content that says more, or differs, or is media", () => {
    expect(dropRepeatedContent({ ...base, content: { message: "Olá", description: "x" } }).content).not.toBeNull();
    expect(dropRepeatedContent({ ...base, content: { message: "outro" } }).content).not.toBeNull();
    const image = { ...base, kind: "image", content: { imageUrl: "https://example.com/a.jpg" } };
    expect(dropRepeatedContent(image)).toBe(image);
  });
});
