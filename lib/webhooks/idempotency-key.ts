import { randomBytes } from "node:crypto";

/**
 * A UUIDv7 (RFC 9562): 48 bits of milliseconds, then random bits. Every raw event gets one when its request
 * is read; it is stored in `raw_event.idempotency_key` (unique), so the same event written twice (a commit
 * that was acknowledged late, a spooled record replayed after a crash) stays one row. Time-ordered keys keep
 * that unique index's inserts near its right edge, like the id sequence, instead of splitting random pages.
 */
export function newIdempotencyKey(now = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = ((b[6] as number) & 0x0f) | 0x70; // version 7
  b[8] = ((b[8] as number) & 0x3f) | 0x80; // variant 10
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
