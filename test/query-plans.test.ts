import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listChats, ZListChatsQuery } from "@/lib/chats/list-chats";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";
import { encodeCursor } from "@/lib/http/cursor";
import { listChatMessages, ZListMessagesQuery } from "@/lib/messages/list-chat-messages";
import { listRecentMessages } from "@/lib/messages/list-recent-messages";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import type { VigiaRuntime } from "@/lib/runtime/runtime";
import { createTestDatabase, type TestDatabase } from "./database";
import { capturingPool, explainPlan, type PlanNode, type Query } from "./helpers/capture-queries";
import { status, text } from "./normaliser/bodies";

// The queries that run on every page view, as the code sends them (captured on the connection), must be index
// scans on tables of 100,000 rows: no sequential scan of the big table and no sort of it (issue 5 §5, review
// F10, migration 20261201130000_page_view_indexes).

const ROWS = 100_000;

let db: TestDatabase;
let plain: pg.Pool;
let capturing: pg.Pool;
let prisma: Db;
let captured: Query[];
let bigChatId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  plain = new pg.Pool({ connectionString: db.url, max: 2 });
  const recording = capturingPool(db.url);
  capturing = recording.pool;
  captured = recording.captured;
  prisma = new PrismaClient({ adapter: new PrismaPg(capturing) });
  await seed();
}, 300_000);

afterAll(async () => {
  await prisma.$disconnect();
  await capturing.end().catch(() => {});
  await plain.end();
  await db.drop();
});

/** Set-wise: 2 instances, 100,000 chats (every 10th without messages), 100,000 messages (60,000 in one chat,
 * sent times tied in threes), 100,000 raw events (20 unprocessed). */
async function seed(): Promise<void> {
  await plain.query(`INSERT INTO instance (id) VALUES ('PLAN-A'), ('PLAN-B')`);
  await plain.query(`
    INSERT INTO chat (instance_id, phone, kind, name, last_message_at)
    SELECT CASE WHEN g % 2 = 0 THEN 'PLAN-A' ELSE 'PLAN-B' END, g::text, 'private', 'chat ' || g,
           CASE WHEN g % 10 = 0 THEN NULL ELSE timestamptz '2026-11-01' - g * interval '1 second' END
      FROM generate_series(1, ${ROWS}) g`);
  await plain.query(`
    INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, text, sent_at, created_at)
    SELECT c.instance_id, 'M' || g, c.id, g % 3 = 0, 'text', 'message ' || g,
           timestamptz '2026-11-01' - (g / 3) * interval '1 second', timestamptz '2026-11-01' - g * interval '1 millisecond'
      FROM generate_series(1, ${ROWS}) g
      JOIN chat c ON c.phone = (CASE WHEN g <= 60000 THEN 1 ELSE g % 2000 + 2 END)::text`);
  await plain.query(`
    INSERT INTO raw_event (body, headers, type, instance_id, result, processed_at, received_at)
    SELECT '{}', '{}'::jsonb, 'ReceivedCallback', 'PLAN-A', CASE WHEN g > ${ROWS - 20} THEN 'pending' ELSE 'ok' END,
           CASE WHEN g > ${ROWS - 20} THEN NULL ELSE now() END, now() - (${ROWS} - g) * interval '1 millisecond'
      FROM generate_series(1, ${ROWS}) g`);
  await plain.query("VACUUM ANALYZE instance, chat, message, raw_event");
  const big = await plain.query<{ id: string }>("SELECT id FROM chat WHERE phone = '1'");
  bigChatId = big.rows[0]?.id as string;
}

/** The SQL statements `run` sends that read `table`. */
async function capture(table: string, run: () => Promise<unknown>): Promise<Query[]> {
  captured.length = 0;
  await run();
  const reads = captured.filter((q) => /^\s*(WITH|SELECT)/i.test(q.text) && new RegExp(`\\b"?${table}"?\\b`).test(q.text));
  expect(reads.length, `no query on ${table} captured`).toBeGreaterThan(0);
  return reads;
}

const explain = (q: Query): Promise<PlanNode[]> => explainPlan(plain, q);

/** The plan reads `table` only through `index` (an index scan) and sorts nothing. */
async function expectIndexScan(q: Query, table: string, index: string, indexCond?: RegExp): Promise<void> {
  const nodes = await explain(q);
  const shown = JSON.stringify(nodes.map((n) => [n["Node Type"], n["Relation Name"] ?? n["Index Name"] ?? "", n["Index Cond"] ?? ""]));
  const onTable = nodes.filter((n) => n["Relation Name"] === table);
  expect(onTable.length, `${table} not in the plan: ${shown}`).toBeGreaterThan(0);
  for (const n of onTable) expect(n["Node Type"], `${q.text}\n${shown}`).toMatch(/^Index (Only )?Scan$/);
  expect(onTable.map((n) => n["Index Name"]), shown).toContain(index);
  expect(nodes.some((n) => /Sort/.test(n["Node Type"])), `a sort in ${shown}`).toBe(false);
  if (indexCond) expect(onTable.find((n) => n["Index Name"] === index)?.["Index Cond"] ?? "", shown).toMatch(indexCond);
}

describe("every page view's queries are index scans on 100,000 rows", () => {
  test("dashboard: the newest messages", async () => {
    const [q] = await capture("message", () => listRecentMessages(prisma, { limit: 50 }));
    await expectIndexScan(q as Query, "message", "message_created_at_id_idx");
  });

  test("health: the latest event and the queue length", async () => {
    const rt = { db: prisma, pool: capturing, startedAt: new Date(), spool: { waiting: 0, problem: null } } as unknown as VigiaRuntime;
    const [q] = await capture("raw_event", () => checkHealth(rt));
    const nodes = await explain(q as Query);
    const onRawEvent = nodes.filter((n) => n["Relation Name"] === "raw_event");
    expect(onRawEvent.map((n) => n["Node Type"]).filter((t) => !/^Index (Only )?Scan$/.test(t))).toEqual([]);
    expect(onRawEvent.map((n) => n["Index Name"]).sort()).toEqual(["raw_event_pending_idx", "raw_event_pkey"]);
  });

  test("chat list over all instances and per instance, and its next page", async () => {
    const [all] = await capture("chat", () => listChats(prisma, { limit: 100 }));
    await expectIndexScan(all as Query, "chat", "chat_last_message_at_id_idx");
    let next: string | null = null;
    const [one] = await capture("chat", async () => {
      next = (await listChats(prisma, { instanceId: "PLAN-A", limit: 50 }))?.nextCursor ?? null;
    });
    await expectIndexScan(one as Query, "chat", "chat_instance_id_last_message_at_id_idx");
    expect(next).not.toBeNull();
    const [page2] = await capture("chat", () => listChats(prisma, ZListChatsQuery.parse({ instanceId: "PLAN-A", limit: 50, cursor: next })));
    await expectIndexScan(page2 as Query, "chat", "chat_instance_id_last_message_at_id_idx", /last_message_at <=/);
  });

  test("a chat's messages, first page and a deep page (the cursor is a range of the index)", async () => {
    const [first] = await capture("message", () => listChatMessages(prisma, bigChatId, { limit: 50 }));
    await expectIndexScan(first as Query, "message", "message_chat_id_sent_at_id_idx");
    const deep = await plain.query<{ sent_at: Date; id: string }>(
      "SELECT sent_at, id FROM message WHERE chat_id = $1 ORDER BY sent_at DESC, id DESC OFFSET 50000 LIMIT 1",
      [bigChatId],
    );
    const row = deep.rows[0] as { sent_at: Date; id: string };
    const cursor = encodeCursor({ t: row.sent_at.toISOString(), id: row.id });
    const [page] = await capture("message", () => listChatMessages(prisma, bigChatId, ZListMessagesQuery.parse({ limit: 50, cursor })));
    await expectIndexScan(page as Query, "message", "message_chat_id_sent_at_id_idx", /ROW\(sent_at, id\) </);
  });

  test("the normaliser's queue", async () => {
    const queries = await capture("raw_event", () => normaliseBatch(prisma, 50));
    const select = queries.find((q) => /processed_at IS NULL\s+ORDER BY id/i.test(q.text));
    expect(select).toBeDefined();
    await expectIndexScan(select as Query, "raw_event", "raw_event_pending_idx");
  });

  test("the set-based normaliser's reads of a batch (lib/normaliser/load-batch-state.ts, load-unread-base.ts)", async () => {
    // Messages to chats that exist (phones 2 and 4 of PLAN-A, with messages) and to a new one, and the owner
    // reading one of the stored messages: every load statement and the unread recount run.
    const bodies = [
      text("PLAN-A", "PLAN-NEW-1", "hi", { phone: "2" }), text("PLAN-A", "PLAN-NEW-2", "hi", { phone: "4" }),
      text("PLAN-A", "PLAN-NEW-3", "hi", { phone: "5511988887777" }), status("PLAN-A", "READ_BY_ME", ["M60002", "PLAN-NEW-1"], { phone: "2" }),
    ];
    await plain.query(`INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', 'PLAN-A' FROM unnest($1::text[]) b`, [
      bodies.map((b) => JSON.stringify(b)),
    ]);
    let isolated: boolean | undefined;
    const chatReads = await capture("chat", async () => {
      isolated = (await normaliseBatch(prisma, 50)).isolated;
    });
    expect(isolated).toBe(false);
    const messageReads = captured.filter((q) => /^\s*(WITH|SELECT)/i.test(q.text) && /\bmessage\b/.test(q.text));
    expect(messageReads.some((q) => /held/.test(q.text)), "the unread recount's read ran").toBe(true);
    for (const q of [...new Set([...chatReads, ...messageReads])]) {
      const nodes = await explain(q);
      const scans = nodes.filter((n) => n["Relation Name"] === "chat" || n["Relation Name"] === "message").map((n) => n["Node Type"]);
      expect(scans.filter((t) => !/^(Index|Index Only|Bitmap Heap) Scan$/.test(t)), q.text).toEqual([]);
    }
  });
});

describe("the analytics rollup's trigger reads status_transition by key", () => {
  // The latency rollup's trigger (prisma/migrations/20261202073000_analytics) joined each INSERT's new rows
  // to status_transition with a plain JOIN; not knowing how few rows a transition table holds, the planner
  // hashed the whole table for every statement: ~1,100 status_transition rows read per webhook at the bench's
  // steady rate. 20261202090000_analytics_pairing_by_key makes each new row one index lookup (LATERAL with
  // OFFSET 0, so that the subquery is not flattened back into the same join).
  test("a normaliser batch of receipts is paired by index lookups, not by a scan of status_transition", async () => {
    // Some thousands of stored receipts (written without the rollup, so that only the measured INSERT pairs).
    const seed = await plain.connect();
    try {
      await seed.query("BEGIN");
      await seed.query("SET LOCAL vigia.analytics = 'off'");
      await seed.query(`
        INSERT INTO status_transition (instance_id, message_id, status, participant, phone, at)
        SELECT 'PLAN-B', 'PAIR-' || g, s, '', g::text, timestamptz '2026-11-02T10:00:00Z'
          FROM generate_series(1, 3000) g CROSS JOIN unnest(ARRAY['SENT', 'READ']) s`);
      await seed.query("COMMIT");
      await seed.query("ANALYZE status_transition");
    } finally {
      seed.release();
    }
    // A connection of its own: pg_stat_xact_user_tables also shows what a reused backend has not flushed yet.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      // One statement of 50 receipts, as one normaliser batch writes them (lib/normaliser/save-batch-state.ts).
      await client.query(`
        INSERT INTO status_transition (instance_id, message_id, status, participant, phone, at)
        SELECT 'PLAN-B', 'PAIR-' || g, 'RECEIVED', '', g::text, timestamptz '2026-11-02T10:00:02Z' FROM generate_series(1, 50) g`);
      // This transaction's own counts so far, the trigger's reads included.
      const { rows } = await client.query<{ seq_scan: string; read: string }>(
        `SELECT seq_scan, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) AS read FROM pg_stat_xact_user_tables WHERE relname = 'status_transition'`,
      );
      const latency = await client.query<{ total: number }>(
        `SELECT total FROM analytics_latency_minute WHERE instance_id = 'PLAN-B' AND pair = 'sent_delivered' AND minute = '2026-11-02T10:00:00Z'`,
      );
      expect(latency.rows.map((r) => r.total), "the rollup counted the 50 new pairs").toEqual([50]);
      // Each side of the pairing looks up the three rows of each new receipt's message.
      expect(Number(rows[0]?.seq_scan), "sequential scans of status_transition").toBe(0);
      expect(Number(rows[0]?.read), "status_transition rows read").toBeLessThanOrEqual(2 * 3 * 50);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});

describe("the cursors walk every row exactly once, in order, ties and chats without messages included", () => {
  test("chat list", async () => {
    await plain.query(`INSERT INTO instance (id) VALUES ('PLAN-C')`);
    await plain.query(`
      INSERT INTO chat (instance_id, phone, kind, last_message_at)
      SELECT 'PLAN-C', 'c' || g, 'private', CASE WHEN g % 4 = 0 THEN NULL ELSE timestamptz '2026-10-01' + (g % 5) * interval '1 minute' END
        FROM generate_series(1, 37) g`);
    const expected = await plain.query<{ id: string }>(
      "SELECT id FROM chat WHERE instance_id = 'PLAN-C' ORDER BY last_message_at DESC NULLS LAST, id DESC",
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await listChats(prisma, ZListChatsQuery.parse({ instanceId: "PLAN-C", limit: 4, cursor }));
      seen.push(...(page?.items ?? []).map((c) => c.id));
      if (!page?.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(expected.rows.map((r) => r.id));
  });

  test("a chat's messages", async () => {
    const chat = await plain.query<{ id: string }>("INSERT INTO chat (instance_id, phone, kind) VALUES ('PLAN-A', 'ties', 'private') RETURNING id");
    const chatId = chat.rows[0]?.id as string;
    await plain.query(
      `INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, sent_at)
       SELECT 'PLAN-A', 'T' || g, $1, false, 'text', timestamptz '2026-10-01' + (g % 4) * interval '1 minute' FROM generate_series(1, 30) g`,
      [chatId],
    );
    const expected = await plain.query<{ id: string }>("SELECT id FROM message WHERE chat_id = $1 ORDER BY sent_at DESC, id DESC", [chatId]);
    expect(expected.rows).toHaveLength(30);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await listChatMessages(prisma, chatId, ZListMessagesQuery.parse({ limit: 7, cursor }));
      if (page === null) throw new Error("no such chat");
      seen.push(...page.items.map((m) => m.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(expected.rows.map((r) => r.id));
  });
});
