import { describe, expect, it } from "vitest";
import { knownDeliveryFailure } from "./delivery-failure";

describe("knownDeliveryFailure", () => {
  it("recognises Vigia's own codes and nothing else", () => {
    expect(knownDeliveryFailure("no_push_subscribers")).toBe("no_push_subscribers");
    expect(knownDeliveryFailure("incident_ended")).toBe("incident_ended");
    expect(knownDeliveryFailure("Slack answered 404: no_service")).toBeNull();
    expect(knownDeliveryFailure("no_push_subscribers and more")).toBeNull();
    expect(knownDeliveryFailure(null)).toBeNull();
  });
});
