import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { BUCKETING_ERROR } from "@/lib/analytics/bucket-value";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import type { TLatencyStats } from "@/lib/analytics/schemas";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { createRng } from "@/simulator/create-rng";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "@/test/normaliser/apply-helpers";
import { received, status } from "@/test/normaliser/bodies";

// The analytics (lib/analytics/get-analytics.ts) read only the rollups the database keeps as the normaliser
// writes (prisma/migrations/20261202073000_analytics/migration.sql). Shuffled, duplicated status callbacks
// for private and group messages go through the real normaliser, event by event (lib/normaliser/apply-status.ts)
// in one database and in batches (lib/normaliser/save-batch-state.ts) in another; the percentiles must be
// within the stated bucketing error of the exact ones computed here from the raw status rows, the counts exact.

const INSTANCE = "ANALYTICS1";
const NOW = new Date(Date.UTC(2026, 11, 2, 12, 0, 0));
const MESSAGES = 160;
let single: TestDatabase;
let batched: TestDatabase;

beforeAll(async () => {
  [single, batched] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([single?.drop(), batched?.drop()]);
});

/** Our messages over the last 20 hours, each sent, then delivered and read after log-spread gaps (10 ms to 2 h). */
function trafficBodies(): Record<string, unknown>[] {
  const rng = createRng(42);
  const gap = () => Math.round(10 * Math.exp(rng.next() * Math.log(720_000)));
  const bodies: Record<string, unknown>[] = [];
  for (let n = 0; n < MESSAGES; n++) {
    const id = `AM${n}`;
    const sentAt = NOW.getTime() - 20 * 3600_000 + n * 7 * 60_000 + rng.int(0, 59_999);
    const group = n % 5 === 0;
    const chat = group ? { phone: "120363000000000001-group", isGroup: true } : { phone: `55119000${String(n).padStart(5, "0")}` };
    bodies.push(received(INSTANCE, { messageId: id, fromMe: true, momment: sentAt, text: { message: `m${n}` }, ...chat, status: "SENT" }));
    bodies.push(status(INSTANCE, "SENT", [id], { momment: sentAt + rng.int(0, 900), ...chat }));
    if (n % 11 === 3) {
      bodies.push({ type: "DeliveryCallback", instanceId: INSTANCE, phone: chat.phone, messageId: id, zaapId: `Z${n}`, momment: sentAt + 5, error: "Timeout on send message" });
      continue;
    }
    for (const participant of group ? ["5511911110001", "5511911110002"] : [undefined]) {
      const delivered = sentAt + 900 + gap();
      const who = participant ? { participant } : {};
      bodies.push(status(INSTANCE, "RECEIVED", [id], { momment: delivered, ...chat, ...who }));
      if (rng.chance(0.7)) bodies.push(status(INSTANCE, "READ", [id], { momment: delivered + gap(), ...chat, ...who }));
    }
  }
  // Repeats (Z-API retries, docs/zapi/EDGE_CASES.md 1), then shuffled: receipts before their messages.
  const all = [...bodies, ...bodies.filter(() => rng.chance(0.25))];
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [all[i], all[j]] = [all[j] as Record<string, unknown>, all[i] as Record<string, unknown>];
  }
  return all;
}

type TTransition = { message_id: string; status: string; participant: string; at: Date };

/** The latencies the raw rows say, pair by pair, with the rule written out here rather than read from the SQL. */
async function exactGaps(url: string): Promise<Record<"sent_delivered" | "delivered_read", number[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<TTransition>("SELECT message_id, status, participant, at FROM status_transition WHERE instance_id = $1", [INSTANCE]);
  await client.end();
  const out = { sent_delivered: [] as number[], delivered_read: [] as number[] };
  for (const b of rows) {
    for (const a of rows) {
      if (a.message_id !== b.message_id) continue;
      const gap = b.at.getTime() - a.at.getTime();
      if (a.status === "SENT" && b.status === "RECEIVED" && (a.participant === "" || a.participant === b.participant)) out.sent_delivered.push(gap);
      if (a.status === "RECEIVED" && b.status === "READ" && a.participant === b.participant) out.delivered_read.push(gap);
    }
  }
  return out;
}

/** Nearest rank: the smallest value with at least ceil(q·n) values at or below it. */
function exactPercentile(values: number[], percent: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.floor((percent * sorted.length + 99) / 100);
  return Math.max(0, sorted[rank - 1] as number);
}

function expectWithinBucketingError(stats: TLatencyStats, gaps: number[], label: string): void {
  expect(stats.count, `${label} pairs`).toBe(gaps.length);
  for (const [percent, got] of [[50, stats.p50], [90, stats.p90], [99, stats.p99]] as const) {
    const exact = exactPercentile(gaps, percent);
    expect(got, `${label} p${percent}`).not.toBeNull();
    const error = exact < 1 ? Math.abs((got as number) - exact) : Math.abs((got as number) - exact) / exact;
    expect(error, `${label} p${percent}: rollup ${got} ms, exact ${exact} ms`).toBeLessThanOrEqual(exact < 1 ? 1 : BUCKETING_ERROR + 1e-9);
  }
}

async function expectAnalyticsMatchRawRows(db: TestDatabase): Promise<void> {
  const gaps = await exactGaps(db.url);
  expect(gaps.sent_delivered.length).toBeGreaterThan(100);
  expect(gaps.delivered_read.length).toBeGreaterThan(60);
  const analytics = await getAnalytics(db.prisma, { instance: INSTANCE, range: "24h" }, NOW);
  expectWithinBucketingError(analytics.sentToDelivered, gaps.sent_delivered, "sent→delivered");
  expectWithinBucketingError(analytics.deliveredToRead, gaps.delivered_read, "delivered→read");
  // Overall equals the sum of the instances, and the slots add up to the period.
  const overall = await getAnalytics(db.prisma, { range: "24h" }, NOW);
  expect(overall.sentToDelivered).toEqual(analytics.sentToDelivered);
  expect(analytics.series.reduce((n, s) => n + s.sentToDelivered.count, 0)).toBe(gaps.sent_delivered.length);

  const counts = await db.prisma.$queryRaw<{ outgoing: number; delivered: number; read: number; failed: number }[]>`
    SELECT count(*)::int AS outgoing, count(*) FILTER (WHERE status_rank >= 2)::int AS delivered, count(*) FILTER (WHERE status_rank >= 3)::int AS read,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed
      FROM message WHERE instance_id = ${INSTANCE} AND from_me`;
  const expected = counts[0] as { outgoing: number; delivered: number; read: number; failed: number };
  expect(expected.outgoing).toBe(MESSAGES);
  expect(analytics.totals).toMatchObject(expected);
  expect(analytics.totals.deliveryRate).toBeCloseTo(expected.delivered / MESSAGES, 12);
  const failures = await db.prisma.deliveryResult.count({ where: { instanceId: INSTANCE, error: { not: null } } });
  expect(failures).toBeGreaterThan(0);
  expect(analytics.failures).toEqual([{ reason: "Timeout on send message", count: failures }]);

  // What the triggers added up statement by statement equals one pass over the stored rows (analytics_rebuild).
  const rollups = () => db.prisma.$queryRaw<{ r: string }[]>`
    SELECT r::text FROM (SELECT to_jsonb(t) AS r FROM analytics_message_minute t WHERE (messages, delivered, read, played, failed) <> (0, 0, 0, 0, 0)
      UNION ALL SELECT to_jsonb(t) FROM analytics_latency_minute t WHERE total <> 0
      UNION ALL SELECT to_jsonb(t) FROM analytics_failure_minute t WHERE failures <> 0) s ORDER BY 1`;
  const kept = await rollups();
  await db.prisma.$executeRaw`SELECT analytics_rebuild()`;
  expect(await rollups()).toEqual(kept);
}

test("rollup percentiles from the single-event path are within the bucketing error of the raw rows' exact ones", async () => {
  for (const body of trafficBodies()) await applyBody(single.prisma, body);
  await expectAnalyticsMatchRawRows(single);
}, 300_000);

test("rollup percentiles from the batch path are within the bucketing error of the raw rows' exact ones", async () => {
  const bodies = trafficBodies().map((b) => JSON.stringify(b));
  const pool = new pg.Pool({ connectionString: batched.url, max: 1 });
  await pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) WITH ORDINALITY AS u(b, n) ORDER BY n`,
    [bodies],
  );
  await pool.end();
  for (;;) {
    const out = await normaliseBatch(batched.prisma, 97);
    expect(out.isolated, "a batch fell back to event by event").toBe(false);
    if (out.processed === 0) break;
  }
  await expectAnalyticsMatchRawRows(batched);
}, 300_000);
