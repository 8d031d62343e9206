import { createHash } from "node:crypto";
import type { RawEventDraft } from "./raw-log";

/**
 * One spooled event is one line: `<sha256 of the JSON, hex> <JSON of the draft>\n`. JSON escapes every
 * newline, so a line is exactly one record; the checksum tells a whole record from one torn by a crash or a
 * full disk in the middle of a write.
 */
export function encodeSpoolRecord(draft: RawEventDraft): Buffer {
  const json = JSON.stringify(draft);
  return Buffer.from(`${checksum(json)} ${json}\n`, "utf8");
}

export type DecodedSegment = {
  records: RawEventDraft[];
  /** Lines that failed their checksum or did not parse, with their 1-based line number: skipped, reported. */
  corrupt: { line: number; reason: string }[];
};

export function decodeSpoolSegment(content: Buffer): DecodedSegment {
  const lines = content.toString("utf8").split("\n");
  const records: RawEventDraft[] = [];
  const corrupt: DecodedSegment["corrupt"] = [];
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    if (line === "" && last) return; // the file ends with a complete record
    const why = last ? "torn record at the end (no newline)" : problem(line);
    if (why) {
      corrupt.push({ line: i + 1, reason: why });
      return;
    }
    records.push(JSON.parse(line.slice(line.indexOf(" ") + 1)) as RawEventDraft);
  });
  return { records, corrupt };
}

function problem(line: string): string | null {
  const space = line.indexOf(" ");
  if (space !== 64) return "not a spool record";
  const json = line.slice(65);
  if (checksum(json) !== line.slice(0, 64)) return "checksum mismatch";
  try {
    const d = JSON.parse(json) as Partial<RawEventDraft>;
    if (typeof d.key !== "string" || typeof d.body !== "string") return "record without key or body";
  } catch {
    return "record is not JSON";
  }
  return null;
}

function checksum(json: string): string {
  return createHash("sha256").update(json, "utf8").digest("hex");
}
