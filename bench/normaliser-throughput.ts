// npm run bench:normaliser [-- --count 6000 --batch 500 --duration 8] — how many raw events per second the
// normaliser applies, alone, on a fresh database with the simulator's traffic mix, next to what the bare
// reference (bench/reference-bare-server.ts, driven by bench/load.ts at 32 connections) stores per second
// on the same PostgreSQL in the same run. The normaliser must never be what limits Vigia, so the ratio to
// aim for is ≥ 1.0. Also prints database round trips and Node CPU per event.
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
import { buildTraffic } from "@/simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";
import { runLoad } from "./load";
import { startProcess } from "./start-process";

const str = { type: "string" } as const;
const { values } = parseArgs({ options: { count: str, batch: str, duration: str, concurrency: str }, strict: true });
const count = Number(values.count ?? 6000);
const batch = Number(values.batch ?? 500);
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
const names = { normaliser: `nbench_${suffix}`, reference: `nbench_ref_${suffix}` };
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
try {
  for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`);
  const fixtures = await loadFixtures(resolveFixturesDir());
  const bodies = [...buildTraffic({ fixtures, seed: 1, instances: 3, count, startMs: Date.now() })].map((i) => JSON.stringify(i.body));

  // The reference first: the same webhook bodies, stored one INSERT each by a bare http server.
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const bare = await startProcess("bench/reference-bare-server.ts", { ...process.env, PORT: String(port), DATABASE_URL: withDb(names.reference), BENCH_TOKEN: token }, /bare reference is ready/);
  let barePerSecond: number;
  try {
    const buffers = bodies.map((b) => Buffer.from(b));
    const url = `http://127.0.0.1:${port}/webhook`;
    const warm = await runLoad({ url, bodies: buffers, concurrency, durationMs: 2000 });
    console.log(`bare reference: measuring ${durationMs / 1000}s at ${concurrency} connections (load average ${load()})`);
    const run = await runLoad({ url, bodies: buffers, concurrency, durationMs, firstBody: warm.nextBody });
    barePerSecond = (run.samples.filter((s) => s.status === 200).length / run.elapsedMs) * 1000;
  } finally {
    await bare.stop();
  }

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
  let roundTrips = 0;
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => (roundTrips++, original(...a));
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  console.log(`normaliser: ${bodies.length} events, batches of ${batch} (load average ${load()})`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let processed = 0;
  let batches = 0;
  let isolated = 0;
  for (;;) {
    const out = await normaliseBatch(prisma, batch);
    if (out.processed === 0) break;
    processed += out.processed;
    batches++;
    if (out.isolated) isolated++;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  await prisma.$disconnect();
  await pool.end().catch(() => {});

  const perSecond = processed / seconds;
  console.log("");
  console.log(`bare reference (http + pg, 1 INSERT per webhook): ${barePerSecond.toFixed(0)} webhooks/s`);
  console.log(`normaliser: ${processed} events in ${seconds.toFixed(2)} s = ${perSecond.toFixed(0)} events/s (${batches} batches of up to ${batch}, ${isolated} redone event by event)`);
  console.log(`  ratio normaliser / bare reference: ${(perSecond / barePerSecond).toFixed(2)}×`);
  console.log(`  per event: ${(roundTrips / processed).toFixed(3)} database round trips, ${(cpuMs / processed).toFixed(3)} ms of Node CPU`);
  console.log(`  load average after: ${load()}`);
} finally {
  for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
