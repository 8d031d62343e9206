// npm run bench:normaliser [-- --count 6000 --batch N --duration 8 --normaliser-only] — how many raw events per second the
// normaliser applies, alone, on a fresh database with the simulator's traffic mix, next to what the bare
// reference (bench/reference-bare-server.ts, driven by bench/load.ts at 32 connections) stores per second
// on the same PostgreSQL in the same run (before and after the normaliser). The normaliser must never be what
// limits Vigia, so the ratio to aim for is ≥ 1.0. Also prints database round trips, Node CPU and change rows
// per event, and the statements that took the most time.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { freePort } from "@/lib/db/free-port";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { FIRST_BATCH_LIMIT, MAX_BATCH_LIMIT, nextBatchLimit } from "@/lib/normaliser/next-batch-limit";
import { buildTraffic } from "@/simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";
import { runLoad } from "./load";
import { startProcess } from "./start-process";

const str = { type: "string" } as const;
// --normaliser-only: skip the reference (to profile the normaliser alone: node --cpu-prof --import tsx …).
const { values } = parseArgs({ options: { count: str, batch: str, duration: str, concurrency: str, "normaliser-only": { type: "boolean" } }, strict: true });
const count = Number(values.count ?? 6000);
// Without --batch, batches grow as the running normaliser grows them (lib/normaliser/next-batch-limit.ts).
const batch = values.batch === undefined ? null : Number(values.batch);
const durationMs = Number(values.duration ?? 8) * 1000;
const concurrency = Number(values.concurrency ?? 32);
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-nbench-"));
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
const baseUrl = process.env.DATABASE_URL ?? (server as { url: string }).url;
const withDb = (name: string) => Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const suffix = `${process.pid}_${Date.now()}`;
const names = { normaliser: `nbench_${suffix}`, reference: `nbench_ref_${suffix}`, referenceAgain: `nbench_ref2_${suffix}` };
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
try {
  for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`);
  const fixtures = await loadFixtures(resolveFixturesDir());
  const bodies = [...buildTraffic({ fixtures, seed: 1, instances: 3, count, startMs: Date.now() })].map((i) => JSON.stringify(i.body));

  // The reference before and after the normaliser (the same webhook bodies, stored one INSERT each by a bare
  // http server): the machines are shared, and the ratio is to the mean of the two.
  const bareBefore = values["normaliser-only"] ? Number.NaN : await measureBare(bodies, withDb(names.reference));

  const url = withDb(names.normaliser);
  await applyMigrations(url);
  const setup = new pg.Pool({ connectionString: url, max: 1 });
  await setup.query(
    `INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) AS u(b)`,
    [bodies],
  );
  await setup.end();
  // Count round trips by wrapping each pooled connection's query().
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // Count round trips (and time each statement, by its first words, for the profile) by wrapping each pooled
  // connection's query(): pg_stat_statements is not loaded on the embedded server.
  let roundTrips = 0;
  const statements = new Map<string, { n: number; ms: number }>();
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
      roundTrips++;
      const first = a[0] as string | { text?: string };
      const text = (typeof first === "string" ? first : (first.text ?? "")).replace(/\s+/g, " ").trim().slice(0, 90);
      const started = performance.now();
      const result = original(...a);
      const done = () => {
        const seen = statements.get(text) ?? { n: 0, ms: 0 };
        statements.set(text, { n: seen.n + 1, ms: seen.ms + performance.now() - started });
      };
      if (result instanceof Promise) result.then(done, done);
      return result;
    };
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sizes = batch === null ? `${FIRST_BATCH_LIMIT} growing to ${MAX_BATCH_LIMIT}` : String(batch);
  console.log(`normaliser: ${bodies.length} events, batches of ${sizes} (load average ${load()})`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let processed = 0;
  let batches = 0;
  let isolated = 0;
  let limit = batch ?? FIRST_BATCH_LIMIT;
  for (;;) {
    const out = await normaliseBatch(prisma, limit);
    if (out.processed === 0) break;
    if (batch === null) limit = nextBatchLimit(limit, out.processed);
    processed += out.processed;
    batches++;
    if (out.isolated) isolated++;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const [{ n: changeRows } = { n: 0 }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM change`;
  await prisma.$disconnect();
  await pool.end().catch(() => {});

  const bareAfter = values["normaliser-only"] ? Number.NaN : await measureBare(bodies, withDb(names.referenceAgain));
  const barePerSecond = (bareBefore + bareAfter) / 2;
  const perSecond = processed / seconds;
  console.log("");
  console.log(`bare reference (http + pg, 1 INSERT per webhook): ${barePerSecond.toFixed(0)} webhooks/s (${bareBefore.toFixed(0)} before, ${bareAfter.toFixed(0)} after the normaliser)`);
  console.log(`normaliser: ${processed} events in ${seconds.toFixed(2)} s = ${perSecond.toFixed(0)} events/s (${batches} batches of ${sizes}, ${isolated} redone event by event)`);
  console.log(`  ratio normaliser / bare reference: ${(perSecond / barePerSecond).toFixed(2)}×`);
  console.log(`  per event: ${(roundTrips / processed).toFixed(3)} database round trips, ${(cpuMs / processed).toFixed(3)} ms of Node CPU (the whole process), ${(changeRows / processed).toFixed(2)} change rows`);
  console.log(`  load average after: ${load()}`);
  const total = [...statements.values()].reduce((sum, t) => sum + t.ms, 0);
  console.log(`  statements: ${total.toFixed(0)} ms waiting for PostgreSQL of ${(seconds * 1000).toFixed(0)} ms; the slowest by total time:`);
  for (const [text, t] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    console.log(`    ${t.ms.toFixed(0).padStart(6)} ms ${String(t.n).padStart(5)}× ${text}`);
  }
} finally {
  for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}

async function measureBare(bodies: string[], databaseUrl: string): Promise<number> {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const bare = await startProcess("bench/reference-bare-server.ts", { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, BENCH_TOKEN: token }, /bare reference is ready/);
  try {
    const buffers = bodies.map((b) => Buffer.from(b));
    const url = `http://127.0.0.1:${port}/webhook`;
    const warm = await runLoad({ url, bodies: buffers, concurrency, durationMs: 2000 });
    console.log(`bare reference: measuring ${durationMs / 1000}s at ${concurrency} connections (load average ${load()})`);
    const run = await runLoad({ url, bodies: buffers, concurrency, durationMs, firstBody: warm.nextBody });
    return (run.samples.filter((s) => s.status === 200).length / run.elapsedMs) * 1000;
  } finally {
    await bare.stop();
  }
}
