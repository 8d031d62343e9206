import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { presenceToDto } from "@/lib/dto/presence-to-dto";
import { messagesWithFailures } from "@/lib/messages/attach-failures";
import { applyRawEvent } from "@/lib/normaliser/apply-raw-event";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { buildTraffic } from "@/simulator/build-traffic";
import { createRng } from "@/simulator/create-rng";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/database";

// The batch size must not change what the normaliser writes: the same shuffled traffic (receipts before
// messages, duplicates, edits, revokes, reactions, waiting messages, reconnects) applied one event per batch
// and 500 per batch leaves every domain table equal, row for row (surrogate ids and write times aside), and
// equal to the single-event path (applyRawEvent, lib/normaliser/apply-status.ts and friends) applied one by one.

const COUNT = 800;
let one: TestDatabase;
let many: TestDatabase;
let reference: TestDatabase;

beforeAll(async () => {
  [one, many, reference] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([one?.drop(), many?.drop(), reference?.drop()]);
});

async function shuffledBodies(): Promise<string[]> {
  const fixtures = await loadFixtures(resolveFixturesDir());
  const bodies = [...buildTraffic({ fixtures, seed: 11, instances: 3, count: COUNT, startMs: Date.UTC(2026, 10, 1) })].map((i) => JSON.stringify(i.body));
  const rng = createRng(5);
  // Mostly in order with local disorder (as two group commits and Z-API retries give), plus a share moved anywhere.
  for (let i = bodies.length - 1; i > 0; i--) {
    const j = rng.chance(0.2) ? rng.int(0, i) : Math.max(0, i - rng.int(0, 8));
    [bodies[i], bodies[j]] = [bodies[j] as string, bodies[i] as string];
  }
  return bodies;
}

async function store(url: string, bodies: string[]): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id, received_at)
     SELECT b, '{}'::jsonb, left(b::jsonb->>'type', 120), left(b::jsonb->>'instanceId', 120), timestamptz '2026-11-01' + n * interval '137 milliseconds'
       FROM unnest($1::text[]) WITH ORDINALITY AS u(b, n) ORDER BY n`,
    [bodies],
  );
  await pool.end();
}

/** Every batch through the set path: a batch redone event by event (lib/normaliser/normalise-batch.ts) would hide its bugs. */
async function drain(db: TestDatabase, size: number): Promise<void> {
  for (;;) {
    const out = await normaliseBatch(db.prisma, size);
    expect(out.isolated, `a batch of ${size} fell back to event by event`).toBe(false);
    if (out.processed === 0) return;
  }
}

/** The single-event path, event by event in arrival order, each in its own transaction. */
async function applyOneByOne(db: TestDatabase): Promise<void> {
  const rows = await db.prisma.rawEvent.findMany({ orderBy: { id: "asc" } });
  for (const raw of rows) {
    await db.prisma.$transaction(async (tx) => {
      const r = await applyRawEvent(tx, raw);
      await tx.rawEvent.update({
        where: { id: raw.id },
        data: { result: r.result, duplicate: r.duplicate, error: r.error, type: r.type ?? raw.type, instanceId: r.instanceId ?? raw.instanceId, processedAt: new Date() },
      });
    });
  }
}

/** Every domain table as sorted JSON rows, with surrogate keys replaced by natural ones. */
const TABLES: Record<string, string> = {
  instance: `SELECT to_jsonb(t) - 'created_at' - 'updated_at' AS r FROM instance t`,
  chat: `SELECT to_jsonb(t) - 'id' - 'created_at' - 'updated_at' AS r FROM chat t`,
  message: `SELECT to_jsonb(t) - 'id' - 'chat_id' - 'created_at' - 'updated_at' || jsonb_build_object('chat', c.phone) AS r
              FROM message t JOIN chat c ON c.id = t.chat_id`,
  message_edit: `SELECT to_jsonb(t) - 'id' - 'message_row_id' || jsonb_build_object('message', m.instance_id || '/' || m.message_id) AS r
                   FROM message_edit t JOIN message m ON m.id = t.message_row_id`,
  status_transition: `SELECT to_jsonb(t) - 'id' - 'created_at' AS r FROM status_transition t`,
  delivery_result: `SELECT to_jsonb(t) - 'id' AS r FROM delivery_result t`,
  reaction: `SELECT to_jsonb(t) - 'id' - 'updated_at' AS r FROM reaction t`,
  connection_event: `SELECT to_jsonb(t) - 'id' AS r FROM connection_event t`,
  presence: `SELECT to_jsonb(t) - 'chat_id' || jsonb_build_object('chat', c.instance_id || '/' || c.phone) AS r FROM presence t JOIN chat c ON c.id = t.chat_id`,
  // The analytics rollups (prisma/migrations/20261202073000_analytics/migration.sql): a key whose counts
  // went back to zero is the same as no row.
  analytics_message_minute: `SELECT to_jsonb(t) AS r FROM analytics_message_minute t WHERE (messages, delivered, read, played, failed) <> (0, 0, 0, 0, 0)`,
  analytics_latency_minute: `SELECT to_jsonb(t) AS r FROM analytics_latency_minute t WHERE total <> 0`,
  analytics_failure_minute: `SELECT to_jsonb(t) AS r FROM analytics_failure_minute t WHERE failures <> 0`,
  raw_event: `SELECT jsonb_build_object('id', id, 'result', result, 'duplicate', duplicate, 'error', error, 'type', type, 'instanceId', instance_id) AS r FROM raw_event`,
};

async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out: Record<string, string[]> = {};
  for (const [table, sql] of Object.entries(TABLES)) {
    const { rows } = await client.query<{ r: string }>(`SELECT r::text FROM (${sql}) s ORDER BY r::text`);
    out[table] = rows.map((row) => row.r);
  }
  await client.end();
  return out;
}

function differences(a: Record<string, string[]>, b: Record<string, string[]>) {
  return Object.keys(TABLES).flatMap((table) => {
    const inB = new Set(b[table]);
    const inA = new Set(a[table]);
    const onlyA = (a[table] ?? []).filter((r) => !inB.has(r));
    const onlyB = (b[table] ?? []).filter((r) => !inA.has(r));
    const sameCount = a[table]?.length === b[table]?.length;
    return onlyA.length + onlyB.length === 0 && sameCount ? [] : [{ table, count: [onlyA.length, onlyB.length], onlyA: onlyA.slice(0, 2), onlyB: onlyB.slice(0, 2) }];
  });
}

/**
 * The live view is only as right as its changes: for every message, chat and presence row, the last change
 * announcing it carries the row as it is now.
 */
async function expectChangesToEndAtTheRows(db: TestDatabase): Promise<void> {
  const last = async (kind: string, key: string) => {
    const rows = await db.prisma.$queryRawUnsafe<{ k: string; payload: unknown }[]>(
      `SELECT DISTINCT ON (payload->>'${key}') payload->>'${key}' AS k, payload FROM change WHERE kind = $1 ORDER BY payload->>'${key}', seq DESC`,
      kind,
    );
    return new Map(rows.map((r) => [r.k, r.payload]));
  };
  const [messages, chats, presences] = await Promise.all([db.prisma.message.findMany(), db.prisma.chat.findMany(), db.prisma.presence.findMany({ include: { chat: true } })]);
  const announced = { message: await last("message:upserted", "id"), chat: await last("chat:upserted", "id"), presence: await last("presence:changed", "chatId") };
  // Read as the pages read them (a failed send with its reason, lib/messages/attach-failures.ts).
  expect(messages.map((m) => announced.message.get(m.id) ?? null)).toEqual(await messagesWithFailures(db.prisma, messages));
  expect(chats.map((c) => announced.chat.get(c.id) ?? null)).toEqual(chats.map((c) => chatToDto(c)));
  expect(presences.map((p) => announced.presence.get(p.chatId) ?? null)).toEqual(presences.map((p) => presenceToDto(p, p.chat)));
}

test("one event per batch, 500 per batch and the single-event path leave every table equal, row for row", async () => {
  const bodies = await shuffledBodies();
  await Promise.all([store(one.url, bodies), store(many.url, bodies), store(reference.url, bodies)]);
  await drain(one, 1);
  await drain(many, 500);
  await applyOneByOne(reference);
  const [a, b, ref] = await Promise.all([snapshot(one.url), snapshot(many.url), snapshot(reference.url)]);
  // The traffic exercises what it should: every table has rows.
  for (const [table, rows] of Object.entries(a)) expect(rows.length, table).toBeGreaterThan(0);
  expect(differences(a, b), "1 per batch vs 500 per batch").toEqual([]);
  expect(differences(ref, b), "single-event path vs 500 per batch").toEqual([]);
  await expectChangesToEndAtTheRows(one);
  await expectChangesToEndAtTheRows(many);
}, 600_000);
