import { describe, expect, it } from "vitest";
import { describeSelection, parseReprocessArgs } from "./reprocess-args";

describe("npm run reprocess -- arguments", () => {
  it("no option: every processed event", () => {
    expect(parseReprocessArgs([])).toEqual({ ok: true, help: false, selection: {} });
  });

  it("reads --result, --type and --since (date or date-time with offset)", () => {
    expect(parseReprocessArgs(["--result", "unrecognized", "--type", "ReceivedCallback", "--since", "2026-12-01T09:30:00-03:00"])).toEqual({
      ok: true,
      help: false,
      selection: { result: "unrecognized", type: "ReceivedCallback", since: new Date("2026-12-01T12:30:00Z") },
    });
    expect(parseReprocessArgs(["--since=2026-12-01", "--result=failed"])).toMatchObject({ ok: true, selection: { since: new Date("2026-12-01T00:00:00Z"), result: "failed" } });
  });

  it("refuses what it does not know, naming the option", () => {
    expect(parseReprocessArgs(["--result", "ok"])).toEqual({ ok: false, errors: ["--result: must be unrecognized or failed"] });
    expect(parseReprocessArgs(["--since", "yesterday"])).toMatchObject({ ok: false, errors: [expect.stringMatching(/^--since: must be an ISO date/)] });
    expect(parseReprocessArgs(["--since", "2026-13-45"])).toMatchObject({ ok: false });
    expect(parseReprocessArgs(["--type", "  "])).toEqual({ ok: false, errors: ["--type: must not be empty"] });
    expect(parseReprocessArgs(["--everything"])).toMatchObject({ ok: false, errors: [expect.stringContaining("--everything")] });
    expect(parseReprocessArgs(["failed"])).toMatchObject({ ok: false, errors: [expect.stringContaining("failed")] });
    expect(parseReprocessArgs(["--result"])).toMatchObject({ ok: false });
  });

  it("describes the selection in the report", () => {
    expect(describeSelection({})).toBe("webhook(s)");
    expect(describeSelection({ result: "failed", type: "DeliveryCallback", since: new Date("2026-12-01T00:00:00Z") })).toBe(
      "failed DeliveryCallback webhook(s) received since 2026-12-01T00:00:00.000Z",
    );
  });
});
