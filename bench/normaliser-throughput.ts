// npm run bench:normaliser — how many raw events per second the normaliser applies, alone, on a fresh
// database, with the simulator's traffic mix. Prints events/s and database round trips per event.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { buildTraffic } from "@/simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";

const count = Number(process.argv[2] ?? 3000);
const batch = Number(process.argv[3] ?? 200);
const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-nbench-"));
const db = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
const tcpUrl = process.env.DATABASE_URL ?? db!.url;
const url = process.env.UNIX ? tcpUrl.replace("@127.0.0.1:", "@%2Ftmp:") : tcpUrl;
console.log(url.replace(/:[^:@]*@/, ":***@"));
try {
  await applyMigrations(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  await pool.query("TRUNCATE raw_event, change, message, chat, instance, status_transition, reaction, delivery_result, connection_event, presence, message_edit CASCADE");
  const fixtures = await loadFixtures(resolveFixturesDir());
  const bodies = [...buildTraffic({ fixtures, seed: 1, instances: 3, count, startMs: Date.now() })].map((i) => JSON.stringify(i.body));
  await pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) AS u(b)`,
    [bodies],
  );
  // Count round trips by wrapping each pooled connection's query().
  const prismaPool = new pg.Pool({ connectionString: url, max: 4 });
  let roundTrips = 0;
  prismaPool.on("connect", (client) => {
    const original = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => (roundTrips++, original(...a));
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(prismaPool) });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let processed = 0;
  for (;;) {
    const out = await normaliseBatch(prisma, batch);
    if (out.processed === 0) break;
    processed += out.processed;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`normaliser: ${processed} events in ${seconds.toFixed(2)} s = ${(processed / seconds).toFixed(0)} events/s (batch ${batch})`);
  console.log(`  per event: ${(roundTrips / processed).toFixed(2)} database round trips, ${(cpuMs / processed).toFixed(2)} ms of Node CPU`);
  await prisma.$disconnect();
  await pool.end();
  await prismaPool.end().catch(() => {});
} finally {
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
}
