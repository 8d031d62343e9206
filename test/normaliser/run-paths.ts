import pg from "pg";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import type { TestDatabase } from "@/test/database";
import { applyBody } from "./apply-helpers";
import { T0 } from "./bodies";

export type TPath = "single" | "batch";
type Body = Record<string, unknown>;

/**
 * Applies the bodies in order through one normaliser path: event by event (lib/normaliser/apply-raw-event.ts) on
 * `dbs.single`, or stored and normalised in batches of 500 (lib/normaliser/apply-batch.ts) on `dbs.batch`.
 * Returns the database and the kinds of the changes written (event:logged aside).
 */
export async function runPath(dbs: { single: TestDatabase; batch: TestDatabase }, path: TPath, bodies: Body[]): Promise<{ db: Db; kinds: string[] }> {
  if (path === "single") {
    const kinds: string[] = [];
    for (const [n, body] of bodies.entries()) {
      const r = await applyBody(dbs.single.prisma, body, { receivedAt: new Date(T0 + n) });
      kinds.push(...r.changes.map((c) => c.kind));
    }
    return { db: dbs.single.prisma, kinds };
  }
  const pool = new pg.Pool({ connectionString: dbs.batch.url, max: 1 });
  const before = await pool.query<{ s: string }>("SELECT COALESCE(max(seq), 0)::text AS s FROM change");
  await pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id, received_at)
     SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId', now() FROM unnest($1::text[]) WITH ORDINALITY AS u(b, n) ORDER BY n`,
    [bodies.map((b) => JSON.stringify(b))],
  );
  for (;;) {
    const out = await normaliseBatch(dbs.batch.prisma, 500);
    expect(out.isolated, "the batch fell back to event by event").toBe(false);
    if (out.processed === 0) break;
  }
  const { rows } = await pool.query<{ kind: string }>("SELECT kind FROM change WHERE seq > $1 AND kind <> 'event:logged' ORDER BY seq", [before.rows[0]?.s]);
  await pool.end();
  return { db: dbs.batch.prisma, kinds: rows.map((r) => r.kind) };
}
