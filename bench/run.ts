// npm run bench [-- --concurrency 32 --rate N --duration 12 --warmup 3 --stall 30 --max-drain 300 --seed 1 --processes 2]
// Measures Vigia's webhook path against two references on the same PostgreSQL, one target after another:
// a bare Node http + pg + Socket.IO server (the physical pipeline) and a no-op Next route handler in Vigia's
// own server (the framework's floor). Three phases: saturation (`--concurrency` connections, as fast as
// answers come), a steady rate of half of Vigia's measured capacity (Vigia and the bare reference), and with
// `--processes N` Vigia again as N processes (VIGIA_PROCESSES) at saturation. Prints ratios, not pass/fail;
// exits 1 if any acknowledged webhook never reached the database or a socket.
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
  processes: z.coerce.number().int().min(1).max(16).default(1),
});
const str = { type: "string" } as const;
const { values } = parseArgs({ options: { concurrency: str, rate: str, duration: str, warmup: str, stall: str, "max-drain": str, seed: str, instances: str, fixtures: str, processes: str }, strict: true });
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
  const bareBase = `http://127.0.0.1:${await freePort()}`;
  const startBare = () =>
    startProcess("bench/reference-bare-server.ts", { ...process.env, PORT: new URL(bareBase).port, DATABASE_URL: databases.referenceUrl, BENCH_TOKEN: token }, /bare reference is ready/);
  const bareTarget = { name: "bare http + pg + socket.io", url: `${bareBase}/webhook`, pipeline: { socketUrl: bareBase, token, databaseUrl: databases.referenceUrl, table: "bench_raw" as const } };
  log("starting the bare reference…");
  let bareProcess = await startBare();
  running.push(bareProcess);
  const bare = await measureTarget(bareTarget, phases, log);
  await bareProcess.stop();

  const vigiaEnv = (databaseUrl: string, port: number, processes: number) => ({
    ...process.env,
    NODE_ENV: "production" as const,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    VIGIA_WEBHOOK_SECRET: secret,
    VIGIA_API_TOKEN: token,
    VIGIA_DATA_DIR: dataDir,
    VIGIA_PROCESSES: String(processes),
    VIGIA_BENCH: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const vigiaTarget = (base: string, databaseUrl: string, name: string) => ({
    name,
    url: `${base}/api/webhooks/zapi/${secret}`,
    pipeline: { socketUrl: base, token, databaseUrl, table: "raw_event" as const },
  });
  const port = await freePort();
  log("starting Vigia (production build, fresh database)…");
  const vigiaProcess = await startProcess("server.ts", vigiaEnv(databases.vigiaUrl, port, 1), /Vigia is ready/);
  running.push(vigiaProcess);
  const base = `http://127.0.0.1:${port}`;
  const probe = await fetch(`${base}/api/bench/noop`, { method: "POST" });
  if (probe.status !== 200) throw new Error(`POST /api/bench/noop answered ${probe.status}: is the build older than app/api/bench/noop/route.ts?`);
  const floor = await measureTarget({ name: "next no-op route (floor)", url: `${base}/api/bench/noop` }, phases, log);
  const vigia = await measureTarget(vigiaTarget(base, databases.vigiaUrl, "vigia webhook"), phases, log);

  // The steady phase: half of the capacity just measured, paced, for both pipelines; the latency from
  // webhook to socket is then the pipeline's own, not a queue's.
  const steadyRate = Math.max(1, Math.round(vigia.perSecond / 2));
  const steadyPhases: Phases = { ...phases, rate: steadyRate };
  log(`steady phase at ${steadyRate} webhooks/s (half of Vigia's ${vigia.perSecond.toFixed(0)})`);
  const vigiaSteady = await measureTarget(vigiaTarget(base, databases.vigiaUrl, "vigia webhook"), { ...steadyPhases, firstBody: vigia.nextBody }, log);
  await vigiaProcess.stop();
  bareProcess = await startBare();
  running.push(bareProcess);
  const bareSteady = await measureTarget(bareTarget, { ...steadyPhases, firstBody: bare.nextBody }, log);
  await bareProcess.stop();

  let several: TargetResult | null = null;
  let severalFloor: TargetResult | null = null;
  if (args.processes > 1) {
    const clusterPort = await freePort();
    log(`starting Vigia with VIGIA_PROCESSES=${args.processes} (fresh database)…`);
    const clusterProcess = await startProcess("server.ts", vigiaEnv(databases.clusterUrl, clusterPort, args.processes), /Vigia is ready/);
    running.push(clusterProcess);
    // The framework's floor first, as for one process: it warms the processes up the same way, and says
    // whether Next itself gains from a second process on this machine.
    severalFloor = await measureTarget({ name: `next no-op route × ${args.processes} processes`, url: `http://127.0.0.1:${clusterPort}/api/bench/noop` }, phases, log);
    several = await measureTarget(vigiaTarget(`http://127.0.0.1:${clusterPort}`, databases.clusterUrl, `vigia × ${args.processes} processes`), phases, log);
    await clusterProcess.stop();
  }

  const cpus = os.cpus();
  const header = `Vigia bench · ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}) · Node ${process.version} · ${args.concurrency} connections${args.rate ? ` at most ${args.rate} webhooks/s` : ""} · ${args.warmup}s warm-up + ${args.duration}s per target · seed ${args.seed} · ${bodies.length} distinct bodies (simulator mix)`;
  console.log(`\n${formatReport(header, { vigia, bare, floor, vigiaSteady, bareSteady, several, severalFloor })}`);
  const lost = countLost([vigia, bare, vigiaSteady, bareSteady, ...(several ? [several] : [])]);
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
