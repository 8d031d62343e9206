import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { createTestDatabase, type TestDatabase } from "../database";
import { capturingPool, explainPlan, type Query } from "../helpers/capture-queries";
import { reaction, status, text } from "./bodies";

// The normaliser's writes on a young install's tables (a few thousand rows each, what the bench reaches): the
// planner estimates a function scan (jsonb_to_recordset) at 100 rows whatever it holds, so an UPDATE … FROM it, or
// a join to it, hashed the JSON and read the whole table, for a batch of one event (bench, 3 Dec: ~280 message rows
// read per webhook at the steady rate). lib/normaliser/save-batch-state.ts names the rows by `id = ANY(array)`.

const ROWS = 3_000;
const INSTANCE = "WRITE-PLANS";
const BIG = new Set(["message", "chat", "raw_event", "reaction"]);

let db: TestDatabase;
let plain: pg.Pool;
let capturing: pg.Pool;
let captured: Query[];
let prisma: Db;

beforeAll(async () => {
  db = await createTestDatabase();
  plain = new pg.Pool({ connectionString: db.url, max: 2 });
  ({ pool: capturing, captured } = capturingPool(db.url));
  prisma = new PrismaClient({ adapter: new PrismaPg(capturing) });
  // One chat per phone, one incoming message in each, a reaction on each, and the raw events they came from.
  await plain.query(`INSERT INTO instance (id) VALUES ('${INSTANCE}')`);
  await plain.query(`
    INSERT INTO chat (instance_id, phone, kind, name, last_message_at, unread_count)
    SELECT '${INSTANCE}', (5511900000000 + g)::text, 'private', 'chat ' || g, timestamptz '2026-11-01' + g * interval '1 second', 1
      FROM generate_series(1, ${ROWS}) g`);
  await plain.query(`
    INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, text, sent_at)
    SELECT c.instance_id, 'W' || (c.phone::bigint - 5511900000000), c.id, false, 'text', 'hello', c.last_message_at FROM chat c`);
  await plain.query(`
    INSERT INTO reaction (instance_id, target_message_id, reactor, value, reacted_at)
    SELECT '${INSTANCE}', 'W' || g, (5511900000000 + g)::text, '👍', timestamptz '2026-11-01' FROM generate_series(1, ${ROWS}) g`);
  await plain.query(`
    INSERT INTO raw_event (body, headers, type, instance_id, result, processed_at)
    SELECT '{}', '{}'::jsonb, 'ReceivedCallback', '${INSTANCE}', 'ok', now() FROM generate_series(1, ${ROWS}) g`);
  await plain.query("VACUUM ANALYZE chat, message, reaction, raw_event");
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
  await capturing.end().catch(() => {});
  await plain.end();
  await db.drop();
});

test("a batch of one read receipt, one message and one reaction finds every row it writes by key", async () => {
  // The owner reads stored message W1 (its row and its chat's unread are updated), a contact writes again in
  // chat 2 (the chat is updated), and a reaction lands on stored message W3 (its chips are read).
  const bodies = [
    status(INSTANCE, "READ_BY_ME", ["W1"], { phone: "5511900000001" }),
    text(INSTANCE, "W-NEW", "again", { phone: "5511900000002" }),
    reaction(INSTANCE, "W3", "❤️", Date.parse("2026-11-02"), { phone: "5511900000003" }),
  ];
  for (const body of bodies) {
    await plain.query(`INSERT INTO raw_event (body, headers, type, instance_id) VALUES ($1, '{}'::jsonb, $2, $3)`, [JSON.stringify(body), body.type, INSTANCE]);
  }
  captured.length = 0;
  const { isolated } = await normaliseBatch(prisma, 50);
  expect(isolated, "applied as one batch").toBe(false);

  const statements = captured.filter((q) => /^\s*(WITH\b[\s\S]*)?(UPDATE|SELECT)\b/i.test(q.text) && /jsonb_to_recordset/.test(q.text));
  const updated = statements.map((q) => /UPDATE\s+"?(\w+)"?/i.exec(q.text)?.[1]).filter(Boolean);
  expect(updated, "the UPDATEs the batch sent").toEqual(expect.arrayContaining(["chat", "message", "raw_event"]));
  expect(statements.some((q) => /^\s*SELECT\b/i.test(q.text) && /\breaction\b/.test(q.text)), "the reaction chips' read ran").toBe(true);
  for (const q of statements) {
    const nodes = await explainPlan(plain, q);
    const scans = nodes.filter((n) => BIG.has(n["Relation Name"] ?? "") && n["Node Type"] !== "ModifyTable").map((n) => `${n["Node Type"]} on ${n["Relation Name"]}`);
    expect(scans.filter((s) => !/^(Index|Index Only|Bitmap Heap) Scan on/.test(s)), q.text).toEqual([]);
  }
  const read = await plain.query<{ unread_count: number }>(`SELECT unread_count FROM chat WHERE phone = '5511900000001'`);
  expect(read.rows[0]?.unread_count, "the read receipt was applied").toBe(0);
});
