import { expect, test } from "vitest";
import type { RawEventDraft } from "./raw-log";
import { decodeSpoolSegment, encodeSpoolRecord } from "./spool-record";

const draft = (n: number): RawEventDraft => ({
  key: `0190c3a0-0000-7000-8000-${String(n).padStart(12, "0")}`,
  body: `{"text":"line\\nbreak ${n}","emoji":"🙂"}`,
  bodyEncoding: "utf8",
  headers: { "content-type": "application/json" },
  type: "ReceivedCallback",
  instanceId: "I1",
  result: "pending",
  error: null,
  receivedAt: "2026-12-01T10:00:00.000Z",
});

test("records round-trip in order", () => {
  const bytes = Buffer.concat([1, 2, 3].map((n) => encodeSpoolRecord(draft(n))));
  expect(decodeSpoolSegment(bytes)).toEqual({ records: [draft(1), draft(2), draft(3)], corrupt: [] });
});

test("a torn trailing record is skipped and reported; the whole ones before it are kept", () => {
  const whole = Buffer.concat([encodeSpoolRecord(draft(1)), encodeSpoolRecord(draft(2))]);
  const torn = encodeSpoolRecord(draft(3)).subarray(0, 50);
  const decoded = decodeSpoolSegment(Buffer.concat([whole, torn]));
  expect(decoded.records.map((r) => r.key)).toEqual([draft(1).key, draft(2).key]);
  expect(decoded.corrupt).toEqual([{ line: 3, reason: "torn record at the end (no newline)" }]);
});

test("a flipped byte fails the checksum of its record only", () => {
  const bytes = Buffer.concat([1, 2, 3].map((n) => encodeSpoolRecord(draft(n))));
  const second = bytes.indexOf("break 2");
  bytes[second] = "X".charCodeAt(0);
  const decoded = decodeSpoolSegment(bytes);
  expect(decoded.records.map((r) => r.key)).toEqual([draft(1).key, draft(3).key]);
  expect(decoded.corrupt).toEqual([{ line: 2, reason: "checksum mismatch" }]);
});

test("garbage lines (zeros after a power loss) are reported, not thrown", () => {
  const decoded = decodeSpoolSegment(Buffer.concat([encodeSpoolRecord(draft(1)), Buffer.alloc(40), Buffer.from("\n")]));
  expect(decoded.records).toHaveLength(1);
  expect(decoded.corrupt[0]?.reason).toBe("not a spool record");
});
