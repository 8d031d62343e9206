// npm run bench [-- --concurrency 32 --rate N --duration 12 --warmup 3 --stall 30 --max-drain 300 --seed 1]
// Measures Vigia's webhook path against two references on the same PostgreSQL, one target after another:
// a bare Node http + pg + Socket.IO server (the physical pipeline) and a no-op Next route handler in Vigia's
// own server (the framework's floor). Prints ratios, not pass/fail; exits 1 if any acknowledged webhook
// never reached the database or a socket.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { freePort } from "../lib/db/free-port";
import { buildTraffic } from "../simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "../simulator/load-fixtures";
import { ensureBuild } from "./ensure-build";
import { countLost, formatReport } from "./format-report";
import { measureTarget, type Phases, type TargetResult } from "./measure-target";
import { prepareDatabases } from "./prepare-databases";
import { startProcess, type Started } from "./start-process";

const ZArgs = z.object({
  concurrency: z.coerce.number().int().min(1).max(1024).default(32),
  rate: z.coerce.number().positive().max(100_000).optional(),
  duration: z.coerce.number().positive().max(600).default(12),
  warmup: z.coerce.number().min(0).max(120).default(3),
  stall: z.coerce.number().min(1).max(600).default(30),
  "max-drain": z.coerce.number().min(1).max(3600).default(300),
  seed: z.coerce.number().int().default(1),
  instances: z.coerce.number().int().min(1).max(50).default(3),
  fixtures: z.string().optional(),
});
const str = { type: "string" } as const;
const { values } = parseArgs({ options: { concurrency: str, rate: str, duration: str, warmup: str, stall: str, "max-drain": str, seed: str, instances: str, fixtures: str }, strict: true });
const parsedArgs = ZArgs.safeParse(values);
if (!parsedArgs.success) {
  console.error(`bench: ${parsedArgs.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`);
  process.exit(2);
}
const args = parsedArgs.data;
const log = (m: string) => console.log(`[bench] ${m}`);
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

ensureBuild(root, log);
const fixtures = await loadFixtures(resolveFixturesDir(args.fixtures));
// Enough distinct bodies for the fastest target; reused from the start if a machine is faster still.
const bodies = Array.from(buildTraffic({ fixtures, seed: args.seed, instances: args.instances, count: 60_000, startMs: Date.now() }), (i) =>
  Buffer.from(JSON.stringify(i.body)),
);
const phases: Phases = { bodies, concurrency: args.concurrency, rate: args.rate, warmupMs: args.warmup * 1000, durationMs: args.duration * 1000, stallMs: args.stall * 1000, maxDrainMs: args["max-drain"] * 1000 };
const token = randomBytes(24).toString("base64url");
const secret = randomBytes(24).toString("base64url");
const databases = await prepareDatabases(log);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "vigia-bench-data-"));
const running: Started[] = [];
let exitCode = 0;

try {
  const barePort = await freePort();
  log("starting the bare reference…");
  const bareProcess = await startProcess("bench/reference-bare-server.ts", { ...process.env, PORT: String(barePort), DATABASE_URL: databases.referenceUrl, BENCH_TOKEN: token }, /bare reference is ready/);
  running.push(bareProcess);
  const bareBase = `http://127.0.0.1:${barePort}`;
  const bare = await measureTarget(
    { name: "bare http + pg + socket.io", url: `${bareBase}/webhook`, pipeline: { socketUrl: bareBase, token, databaseUrl: databases.referenceUrl, table: "bench_raw" } },
    phases,
    log,
  );
  await bareProcess.stop();

  const port = await freePort();
  log("starting Vigia (production build, fresh database)…");
  const vigiaEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databases.vigiaUrl,
    VIGIA_WEBHOOK_SECRET: secret,
    VIGIA_API_TOKEN: token,
    VIGIA_DATA_DIR: dataDir,
    VIGIA_BENCH: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const vigiaProcess = await startProcess("server.ts", vigiaEnv, /Vigia is ready/);
  running.push(vigiaProcess);
  const base = `http://127.0.0.1:${port}`;
  const probe = await fetch(`${base}/api/bench/noop`, { method: "POST" });
  if (probe.status !== 200) throw new Error(`POST /api/bench/noop answered ${probe.status}: is the build older than app/api/bench/noop/route.ts?`);
  const floor = await measureTarget({ name: "next no-op route (floor)", url: `${base}/api/bench/noop` }, phases, log);
  const vigia = await measureTarget(
    { name: "vigia webhook", url: `${base}/api/webhooks/zapi/${secret}`, pipeline: { socketUrl: base, token, databaseUrl: databases.vigiaUrl, table: "raw_event" } },
    phases,
    log,
  );
  await vigiaProcess.stop();

  const cpus = os.cpus();
  const header = `Vigia bench · ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}) · Node ${process.version} · ${args.concurrency} connections${args.rate ? ` at most ${args.rate} webhooks/s` : ""} · ${args.warmup}s warm-up + ${args.duration}s per target · seed ${args.seed} · ${bodies.length} distinct bodies (simulator mix)`;
  console.log(`\n${formatReport(header, { vigia, bare, floor })}`);
  const lost = countLost([vigia, bare] satisfies TargetResult[]);
  if (lost > 0) {
    console.error(`\n${lost} acknowledged webhook(s) were lost.`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  for (const p of running) await p.stop();
  await databases.cleanup();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
