// npm run simulate -- --url <webhook URL> [--rate N] [--duration S] [--seed N] [--instances K]
// Posts realistic Z-API webhook traffic (built from the fixtures) so Vigia can be seen working without a
// Z-API account. Bounded: it stops after --duration seconds.
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildTraffic } from "../simulator/build-traffic";
import { loadFixtures, resolveFixturesDir } from "../simulator/load-fixtures";
import { runSimulation } from "../simulator/run-simulation";
import { createTally, formatTally } from "../simulator/tally-results";

const USAGE = `usage: npm run simulate -- --url <webhook URL> [options]
  --url <url>        webhook endpoint, e.g. http://127.0.0.1:3000/api/webhooks/zapi/<secret> (required)
  --rate <n>         requests per second (default 20)
  --duration <s>     seconds to run (default 30)
  --seed <n>         traffic seed; the same seed sends the same traffic (default: random, printed)
  --instances <k>    fake Z-API instances (default 3)
  --token <value>    send a z-api-token header, as Z-API does (optional)
  --fixtures <dir>   Z-API fixture folder (default: $VIGIA_FIXTURES_DIR or ./fixtures/zapi)`;

const ZArgs = z.object({
  url: z
    .string({ error: "--url is required" })
    .url({ error: "--url must be an absolute URL" })
    .refine((u) => /^https?:$/.test(new URL(u).protocol), { error: "--url must be http:// or https://" }),
  rate: z.coerce.number({ error: "--rate must be a number" }).positive({ error: "--rate must be > 0" }).max(5000).default(20),
  duration: z.coerce.number({ error: "--duration must be a number" }).positive({ error: "--duration must be > 0" }).max(86_400).default(30),
  seed: z.coerce.number({ error: "--seed must be a number" }).int({ error: "--seed must be an integer" }).default(() => Math.floor(Math.random() * 2 ** 31)),
  instances: z.coerce.number({ error: "--instances must be a number" }).int().min(1, { error: "--instances must be ≥ 1" }).max(50).default(3),
  token: z.string().min(1).optional(),
  fixtures: z.string().optional(),
});

function parseCli(argv: string[]): z.infer<typeof ZArgs> {
  const options = { type: "string" } as const;
  const { values } = parseArgs({
    args: argv,
    options: { url: options, rate: options, duration: options, seed: options, instances: options, token: options, fixtures: options, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = ZArgs.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("\n"));
  return parsed.data;
}

async function main(): Promise<void> {
  let args: z.infer<typeof ZArgs>;
  try {
    args = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`simulate: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  const fixtures = await loadFixtures(resolveFixturesDir(args.fixtures));
  const count = Math.ceil(args.rate * args.duration);
  const traffic = buildTraffic({ fixtures, seed: args.seed, instances: args.instances, count, startMs: Date.now(), msPerItem: 1000 / args.rate });
  console.log(`simulate: ${args.url} · ${args.rate}/s for ${args.duration}s · ${args.instances} instances · seed ${args.seed}`);

  const tally = createTally();
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  const started = performance.now();
  const progress = setInterval(() => {
    const s = Math.round((performance.now() - started) / 1000);
    console.log(`[${String(s).padStart(4)}s] ${formatTally(tally)}`);
  }, 1000);
  await runSimulation(traffic, { url: args.url, rate: args.rate, durationS: args.duration, token: args.token, signal: stop.signal }, tally);
  clearInterval(progress);

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nsummary (${seconds.toFixed(1)}s): ${formatTally(tally)}`);
  for (const [status, n] of tally.byStatus) console.log(`  HTTP ${status}: ${n}`);
  for (const [message, n] of tally.errors) console.log(`  error ×${n}: ${message}`);
  process.exitCode = tally.ok === tally.sent ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`simulate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
