import { appendFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { isConnectionError } from "./is-connection-error";
import { insertRawEvents, type RawEventDraft } from "./raw-log";
import type { Spool } from "./spool";

const CHUNK = 200;

/**
 * Moves every closed spool segment into raw_event, oldest segment first and records in file order, so spooled
 * events keep their arrival order. A segment is removed only after all its rows committed; if the database
 * fails midway, the segment stays and the next run inserts it again, and the idempotency keys make the rows
 * already inserted conflict instead of doubling. Returns how many events were moved. Throws when the
 * database cannot be reached (the caller retries later).
 */
export async function drainSpool(spool: Spool, pool: pg.Pool, log: (m: string) => void): Promise<number> {
  let moved = 0;
  for (const file of await spool.seal()) {
    const { records, corrupt } = await spool.readSegment(file);
    for (const c of corrupt) log(`spool: ${path.basename(file)} line ${c.line} skipped (${c.reason})`);
    for (let at = 0; at < records.length; at += CHUNK) await insertChunk(spool, pool, records.slice(at, at + CHUNK), log);
    await spool.removeSegment(file);
    moved += records.length;
  }
  return moved;
}

async function insertChunk(spool: Spool, pool: pg.Pool, drafts: RawEventDraft[], log: (m: string) => void): Promise<void> {
  try {
    await insertRawEvents(pool, drafts);
  } catch (error) {
    if (isConnectionError(error) || drafts.length === 1) return keepOrThrow(spool, drafts[0] as RawEventDraft, error, log);
    // A row the database refuses must not hold back the rest: one at a time, in order.
    for (const d of drafts) await insertRawEvents(pool, [d]).catch((e: unknown) => keepOrThrow(spool, d, e, log));
  }
}

/** A record the database refuses (not an outage) is moved aside, never dropped and never retried forever. */
async function keepOrThrow(spool: Spool, draft: RawEventDraft, error: unknown, log: (m: string) => void): Promise<void> {
  if (isConnectionError(error)) throw error;
  const aside = path.join(spool.dir, "refused.jsonl");
  await appendFile(aside, `${JSON.stringify(draft)}\n`);
  log(`spool: event ${draft.key} refused by the database (${error instanceof Error ? error.message : String(error)}); kept in ${aside}`);
}
