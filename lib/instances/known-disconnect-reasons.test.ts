import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import pt from "@/messages/pt-BR.json";
import { knownDisconnectReason } from "./known-disconnect-reasons";

describe("knownDisconnectReason", () => {
  it("knows Z-API's documented reason whatever its case and spacing, and has words for it in both languages", () => {
    const key = knownDisconnectReason("  Device has been DISCONNECTED ");
    expect(key).toBe("deviceDisconnected");
    for (const messages of [en, pt]) expect(messages.disconnectReason.known[key!]).toEqual(expect.any(String));
  });

  it("leaves any other text to be shown as Z-API's own words", () => {
    expect(knownDisconnectReason("Connection lost: QR code expired")).toBeNull();
  });
});
