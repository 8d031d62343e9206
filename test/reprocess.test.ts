import pg from "pg";
import { describe, expect, test } from "vitest";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { RAW_CHANNEL } from "@/lib/normaliser/normaliser-leadership";
import { reprocessEvent } from "@/lib/normaliser/reprocess-event";
import { requeueRawEvents } from "@/lib/normaliser/requeue-raw-events";
import { ZRawEventDto } from "@/lib/schemas/dto";
import { useDatabaseWithPool } from "@/test/database";
import { buildTraffic } from "@/simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";
import { newInstanceId, text } from "./normaliser/bodies";

// Re-processing (lib/normaliser/requeue-raw-events.ts): applying stored webhooks again must change nothing that
// was right, must fix what an older version did not understand, and must say so live on the Events page.

const DOMAIN_TABLES = ["instance", "chat", "message", "message_edit", "status_transition", "delivery_result", "reaction", "connection_event", "presence"];

const t = useDatabaseWithPool();

async function store(bodies: string[]): Promise<void> {
  await t.pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) AS u(b)`,
    [bodies],
  );
}

async function drain(): Promise<number> {
  let total = 0;
  for (let round = 0; round < 1000; round++) {
    const out = await normaliseBatch(t.db.prisma, 50);
    if (out.processed === 0) return total;
    total += out.processed;
  }
  throw new Error("the normaliser did not empty its queue");
}

/**
 * Every row of every domain table, as text, sorted: two snapshots are equal only if no value changed. Not
 * compared: `updated_at`, the moment a row was last written, which an apply that rewrites a row with the values
 * it already had moves forward (chat rows, today).
 */
async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of DOMAIN_TABLES) {
    const { rows } = await t.pool.query<{ row: string }>(`SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM ${table} t`);
    out[table] = rows.map((r) => r.row).sort();
  }
  return out;
}

describe("re-processing", () => {
  test("applying all of a realistic traffic again leaves every domain table identical, row for row", async () => {
    const fixtures = await loadFixtures(resolveFixturesDir());
    const bodies = [...buildTraffic({ fixtures, seed: 7, instances: 3, count: 800, startMs: Date.parse("2026-11-20T12:00:00Z") })].map((i) => JSON.stringify(i.body));
    await store(bodies);
    expect(await drain()).toBe(bodies.length);
    const before = await snapshot();
    expect(before.message?.length).toBeGreaterThan(50);
    const { rows: results } = await t.pool.query<{ result: string; n: number }>("SELECT result || duplicate::text AS result, count(*)::int AS n FROM raw_event GROUP BY 1");
    expect(results.some((r) => r.result === "oktrue")).toBe(true); // the traffic has real repeats, which stay repeats

    // A small batch, so the selection is requeued in many statements as a big one would be.
    const outcome = await requeueRawEvents(t.db.prisma, {}, 97);
    expect(outcome.queued).toBe(bodies.length);
    expect(await t.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM raw_event WHERE processed_at IS NULL").then((r) => r.rows[0]?.n)).toBe(bodies.length);
    expect(await drain()).toBe(bodies.length);

    expect(await snapshot()).toEqual(before);
    const { rows: again } = await t.pool.query<{ result: string; n: number }>("SELECT result || duplicate::text AS result, count(*)::int AS n FROM raw_event GROUP BY 1");
    // Results and repeat flags too: an original applied again finds its own rows, and is still no repeat.
    expect(new Map(again.map((r) => [r.result, r.n]))).toEqual(new Map(results.map((r) => [r.result, r.n])));
  });

  test("an event an older version left unrecognized is applied, and its new result is announced as event:logged", async () => {
    await t.pool.query("UPDATE raw_event SET result = 'ok' WHERE result = 'unrecognized'"); // the traffic's own
    const inst = newInstanceId();
    const body = text(inst, "REPROCESS-1", "olá de novo");
    await store([JSON.stringify(body)]);
    // What an older version that did not know this body would have left: processed, unrecognized, nothing applied.
    const { rows } = await t.pool.query<{ id: string }>(
      "UPDATE raw_event SET processed_at = now(), result = 'unrecognized', error = 'unknown type' WHERE processed_at IS NULL RETURNING id::text",
    );
    const id = rows[0]!.id;
    expect(await t.db.prisma.message.count({ where: { instanceId: inst } })).toBe(0);
    const head = await t.pool.query<{ seq: string }>("SELECT coalesce(max(seq), 0)::text AS seq FROM change").then((r) => r.rows[0]!.seq);

    const outcome = await requeueRawEvents(t.db.prisma, { result: "unrecognized" });
    expect(outcome).toEqual({ queued: 1, firstId: id, lastId: id });
    await drain();

    const event = await t.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(id) } });
    expect(event).toMatchObject({ result: "ok", error: null });
    expect(await t.db.prisma.message.count({ where: { instanceId: inst, messageId: "REPROCESS-1" } })).toBe(1);
    const logged = await t.pool.query<{ payload: unknown }>("SELECT payload FROM change WHERE seq > $1 AND kind = 'event:logged'", [head]);
    expect(logged.rows.map((r) => ZRawEventDto.parse(r.payload))).toEqual([expect.objectContaining({ id, result: "ok" })]);
  });

  test("the selection: result, type, since and one id narrow it; events still queued are not chosen twice", async () => {
    await t.pool.query("DELETE FROM raw_event");
    const inst = newInstanceId();
    await store([0, 1, 2, 3].map((n) => JSON.stringify(text(inst, `SEL-${n}`, "oi"))));
    await store([JSON.stringify({ type: "PresenceChatCallback", phone: "5511999990000", status: "AVAILABLE", instanceId: inst })]);
    await drain();
    const { rows: ids } = await t.pool.query<{ id: string }>("SELECT id::text FROM raw_event ORDER BY id");
    const [a, b, c, d, presence] = ids.map((r) => r.id);
    await t.pool.query("UPDATE raw_event SET result = 'failed' WHERE id = $1", [a]);
    await t.pool.query("UPDATE raw_event SET result = 'unrecognized' WHERE id = ANY($1::bigint[])", [[b, c]]);
    await t.pool.query("UPDATE raw_event SET received_at = '2026-01-01T00:00:00Z' WHERE id <> $1", [d]);
    await t.pool.query("UPDATE raw_event SET received_at = '2026-06-01T00:00:00Z' WHERE id = $1", [d]);

    const queuedIds = async () => (await t.pool.query<{ id: string }>("SELECT id::text FROM raw_event WHERE processed_at IS NULL ORDER BY id")).rows.map((r) => r.id);
    expect((await requeueRawEvents(t.db.prisma, { result: "failed" })).queued).toBe(1);
    expect(await queuedIds()).toEqual([a]);
    // Already queued: not counted again.
    expect((await requeueRawEvents(t.db.prisma, { result: "failed" })).queued).toBe(0);
    expect((await requeueRawEvents(t.db.prisma, { result: "unrecognized", type: "ReceivedCallback" })).queued).toBe(2);
    expect((await requeueRawEvents(t.db.prisma, { type: "PresenceChatCallback" })).queued).toBe(1);
    expect(await queuedIds()).toEqual([a, b, c, presence]);
    expect((await requeueRawEvents(t.db.prisma, { since: new Date("2026-03-01T00:00:00Z") })).queued).toBe(1);
    expect(await queuedIds()).toEqual([a, b, c, d, presence]);
    await drain();
    expect((await requeueRawEvents(t.db.prisma, { id: BigInt(c!) })).queued).toBe(1);
    expect(await queuedIds()).toEqual([c]);
    expect((await requeueRawEvents(t.db.prisma, { id: 999_999_999n })).queued).toBe(0);
    await drain();
  });

  test("it wakes the normaliser: one NOTIFY on the raw log's channel per batch, none when nothing was chosen", async () => {
    const listener = new pg.Client({ connectionString: t.db.url });
    await listener.connect();
    try {
      let heard = 0;
      listener.on("notification", (n) => {
        if (n.channel === RAW_CHANNEL) heard++;
      });
      await listener.query(`LISTEN ${RAW_CHANNEL}`);
      const total = await t.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM raw_event").then((r) => r.rows[0]!.n);
      await requeueRawEvents(t.db.prisma, {}, 2);
      await requeueRawEvents(t.db.prisma, { result: "failed" });
      // A round trip on the listening connection delivers whatever was notified before it.
      await listener.query("SELECT 1");
      expect(heard).toBe(Math.ceil(total / 2));
      await drain();
    } finally {
      await listener.end();
    }
  });
});

test("process again: an id that is not a stored event, or not a bigint at all, is not found and changes nothing", async () => {
  for (const id of ["0", "abc", "-1", "1e3", "9223372036854775808", "9999999999999999999"]) {
    expect(await reprocessEvent(t.db.prisma, id), id).toBe("not_found");
  }
});
