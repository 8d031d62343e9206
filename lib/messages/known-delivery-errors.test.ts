import { describe, expect, it } from "vitest";
import { knownDeliveryError } from "./known-delivery-errors";

describe("knownDeliveryError", () => {
  it("knows Z-API's texts whatever their case and outer spaces", () => {
    expect(knownDeliveryError("Phone number does not exist", null)).toBe("phoneNotFound");
    expect(knownDeliveryError("  PHONE NUMBER DOES NOT EXIST ", null)).toBe("phoneNotFound");
  });
  it("lets the code decide before the text", () => {
    expect(knownDeliveryError("anything at all", "SHADOW_BAN")).toBe("shadowBan");
    expect(knownDeliveryError(null, "shadow_ban")).toBe("shadowBan");
  });
  it("says nothing of a reason it does not know", () => {
    expect(knownDeliveryError("Quota of the plan exceeded", "SOMETHING_NEW")).toBeNull();
    expect(knownDeliveryError(null, null)).toBeNull();
  });
});
