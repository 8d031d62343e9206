// npm run bench:analytics [-- --small 10000 --large 1000000 --events 6000] — two figures for issue 8:
// 1. The analytics query (lib/analytics/get-analytics.ts, last 24 hours, all instances) on a database holding
//    `small` and on one holding `large` status rows, seeded set-wise (generate_series) over the same 24 hours and
//    summed into the rollups by analytics_rebuild() (prisma/migrations/20261202073000_analytics/migration.sql);
//    the ratio large / small is what to watch (aim: under 2, i.e. the cost follows the period, not the rows).
// 2. The normaliser's events/s on the simulator's traffic with the rollups kept, next to the same run with them
//    off (vigia.analytics = off on that database, for this measurement only), alternated twice on fresh databases.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { FIRST_BATCH_LIMIT, nextBatchLimit } from "@/lib/normaliser/next-batch-limit";
import { buildTraffic } from "@/simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";

const str = { type: "string" } as const;
const { values } = parseArgs({ options: { small: str, large: str, events: str }, strict: true });
const small = Number(values.small ?? 10_000);
const large = Number(values.large ?? 1_000_000);
const events = Number(values.events ?? 6000);
process.chdir(path.resolve(import.meta.dirname, ".."));
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-abench-"));
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
const baseUrl = process.env.DATABASE_URL ?? (server as { url: string }).url;
const withDb = (name: string) => Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const suffix = `${process.pid}_${Date.now()}`;
const created: string[] = [];
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();

async function freshDatabase(name: string): Promise<string> {
  const full = `abench_${name}_${suffix}`;
  await admin.query(`CREATE DATABASE ${full}`);
  created.push(full);
  const url = withDb(full);
  await applyMigrations(url);
  return url;
}

/**
 * `statusRows` status rows over the last 24 hours on 3 instances: a third of them messages, each with SENT,
 * RECEIVED after 0.2 s to 80 s and READ after 1 s to 2.5 min (log-spread), one in 50 failed instead.
 */
async function seed(url: string, statusRows: number): Promise<void> {
  const messages = Math.floor(statusRows / 3);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The rows go in with the triggers off, then analytics_rebuild() sums them: one pass instead of one per statement.
  await client.query("SET vigia.analytics = 'off'");
  await client.query(`INSERT INTO instance (id, name) SELECT 'BENCH' || i, 'Bench ' || i FROM generate_series(1, 3) AS i`);
  await client.query(`INSERT INTO chat (instance_id, phone, kind) SELECT 'BENCH' || i, '551190000000' || i, 'private' FROM generate_series(1, 3) AS i`);
  await client.query(
    `CREATE TEMP TABLE seed AS
     SELECT g, 'BENCH' || (1 + g % 3) AS instance_id, 'M' || g AS message_id,
            now() - interval '24 hours' + g * (interval '24 hours' / $1::int) AS sent_at,
            200 * exp(random() * 6) * interval '1 millisecond' AS to_delivered,
            1000 * exp(random() * 5) * interval '1 millisecond' AS to_read,
            g % 50 = 0 AS failed
       FROM generate_series(1, $1::int) AS g`,
    [messages],
  );
  await client.query(
    `INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, text, sent_at, status, status_rank, status_at)
     SELECT s.instance_id, s.message_id, c.id, true, CASE WHEN s.g % 7 = 0 THEN 'audio' ELSE 'text' END, 'bench', s.sent_at,
            CASE WHEN s.failed THEN 'FAILED' ELSE 'READ' END, CASE WHEN s.failed THEN 0 ELSE 3 END, s.sent_at + s.to_delivered + s.to_read
       FROM seed s JOIN chat c ON c.instance_id = s.instance_id`,
  );
  await client.query(
    `INSERT INTO status_transition (instance_id, message_id, status, participant, phone, at)
     SELECT s.instance_id, s.message_id, st.status, '', '5511900000001', s.sent_at + st.gap
       FROM seed s CROSS JOIN LATERAL (VALUES ('SENT', interval '300 milliseconds'), ('RECEIVED', interval '300 milliseconds' + s.to_delivered),
            ('READ', interval '300 milliseconds' + s.to_delivered + s.to_read)) AS st(status, gap)
      WHERE NOT s.failed`,
  );
  await client.query(
    `INSERT INTO delivery_result (instance_id, message_id, zaap_id, phone, error, error_code, at)
     SELECT instance_id, message_id, 'Z' || g, '5511900000001', 'The message was not sent due to a likely shadow ban', 'SHADOW_BAN', sent_at FROM seed WHERE failed`,
  );
  await client.query("SELECT analytics_rebuild()");
  await client.query("VACUUM ANALYZE");
  const { rows } = await client.query<{ n: number; r: number }>(
    "SELECT (SELECT count(*) FROM status_transition)::int AS n, (SELECT count(*) FROM analytics_latency_minute)::int AS r",
  );
  console.log(`  seeded ${rows[0]?.n} status rows (${messages} messages), ${rows[0]?.r} latency rollup rows (load average ${load()})`);
  await client.end();
}

/** Median of `runs` timed calls after two warm-up calls, in ms. */
async function timeQuery(url: string, runs = 9): Promise<{ ms: number; outgoing: number; p50: number | null }> {
  const db = createPrisma(url, 2);
  try {
    let last = await getAnalytics(db, { range: "24h" });
    await getAnalytics(db, { range: "24h" });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await getAnalytics(db, { range: "24h" });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(runs / 2)] as number, outgoing: last.totals.outgoing, p50: last.sentToDelivered.p50 };
  } finally {
    await db.$disconnect();
  }
}

/** The normaliser draining `bodies` on a fresh database, batches growing as the running one grows them; events/s. */
async function normaliserRate(bodies: string[], rollups: boolean, round: number): Promise<number> {
  const url = await freshDatabase(`n${rollups ? "on" : "off"}${round}`);
  if (!rollups) await admin.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET vigia.analytics = 'off'`);
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) AS u(b)`, [bodies]);
  await setup.end();
  const db = createPrisma(url, 4);
  try {
    const started = performance.now();
    let processed = 0;
    let limit = FIRST_BATCH_LIMIT;
    for (;;) {
      const out = await normaliseBatch(db, limit);
      if (out.processed === 0) break;
      limit = nextBatchLimit(limit, out.processed);
      processed += out.processed;
    }
    const rate = processed / ((performance.now() - started) / 1000);
    const [{ n } = { n: 0 }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM analytics_latency_minute`;
    console.log(`  rollups ${rollups ? "on " : "off"} (round ${round}): ${processed} events, ${rate.toFixed(0)} events/s, ${n} latency rollup rows (load average ${load()})`);
    return rate;
  } finally {
    await db.$disconnect();
  }
}

try {
  console.log(`analytics query, last 24 hours, all instances (load average ${load()})`);
  const smallUrl = await freshDatabase("small");
  await seed(smallUrl, small);
  const largeUrl = await freshDatabase("large");
  await seed(largeUrl, large);
  const a = await timeQuery(smallUrl);
  const b = await timeQuery(largeUrl);
  console.log(`  ${small} status rows: ${a.ms.toFixed(1)} ms (median of 9; ${a.outgoing} messages, sent→delivered p50 ${a.p50?.toFixed(0)} ms)`);
  console.log(`  ${large} status rows: ${b.ms.toFixed(1)} ms (median of 9; ${b.outgoing} messages, sent→delivered p50 ${b.p50?.toFixed(0)} ms)`);
  console.log(`  ratio ${large} / ${small} rows: ${(b.ms / a.ms).toFixed(2)}× (aim: under 2)`);

  const fixtures = await loadFixtures(resolveFixturesDir());
  const bodies = [...buildTraffic({ fixtures, seed: 1, instances: 3, count: events, startMs: Date.now() })].map((i) => JSON.stringify(i.body));
  console.log(`normaliser with and without the rollups, ${bodies.length} events each (load average ${load()})`);
  const on: number[] = [];
  const off: number[] = [];
  for (const round of [1, 2]) {
    on.push(await normaliserRate(bodies, true, round));
    off.push(await normaliserRate(bodies, false, round));
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(`  rollups on: ${mean(on).toFixed(0)} events/s, off: ${mean(off).toFixed(0)} events/s, ratio on / off: ${(mean(on) / mean(off)).toFixed(2)}×`);
  console.log(`  load average after: ${load()}`);
} finally {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
