// A webhook sender in its own process, as Z-API is: posts a new received text message at a steady rate and
// records, for each request, whether it was acknowledged (2xx). Run with
//   node --import tsx test/helpers/load-process.ts <webhook url> <rate per second> <results file>
// It prints "progress <sent> <acked> <refused>" lines; on SIGTERM it stops sending, waits for the answers
// in flight, writes the results as JSON and exits 0. Driven by test/helpers/spawn-load.ts.
import { writeFileSync } from "node:fs";
import { receivedText } from "./webhooks";

export type LoadResult = { messageId: string; status: number; id?: string; spooled?: boolean; error?: string };

const [url, rateArg, outFile] = process.argv.slice(2);
if (!url || !rateArg || !outFile) {
  console.error("usage: load-process.ts <webhook url> <rate per second> <results file>");
  process.exit(2);
}
const rate = Number(rateArg);
const runId = `${process.pid}${Date.now() % 1e6}`;
const results: LoadResult[] = [];
const inFlight = new Set<Promise<void>>();
let sent = 0;

async function postOne(n: number): Promise<void> {
  const body = receivedText({ messageId: `3EB0LOAD${runId}N${n}` });
  const messageId = body.messageId as string;
  try {
    const res = await fetch(url as string, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(120_000), // a slow answer on a busy machine is not a refusal
    });
    const answer = (await res.json().catch(() => ({}))) as { id?: string; spooled?: boolean };
    results.push({ messageId, status: res.status, id: answer.id, spooled: answer.spooled });
  } catch (e) {
    results.push({ messageId, status: 0, error: e instanceof Error ? e.message : String(e) });
  }
}

// Steady pacing: each request starts at its own slot, whether or not earlier ones were answered.
const started = performance.now();
const tick = setInterval(() => {
  const due = Math.floor(((performance.now() - started) / 1000) * rate);
  while (sent < due) {
    const p = postOne(sent++).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
}, 5);
const progress = setInterval(() => {
  const acked = results.filter((r) => r.status >= 200 && r.status < 300).length;
  console.log(`progress ${sent} ${acked} ${results.length - acked}`);
}, 100);

// The test that started us is gone (its end of stdin closed): stop sending at once.
process.stdin.on("end", () => process.exit(1));
process.stdin.resume();

process.on("SIGTERM", () => {
  clearInterval(tick);
  Promise.all(inFlight).then(() => {
    clearInterval(progress);
    writeFileSync(outFile, JSON.stringify(results));
    process.exit(0);
  }, () => process.exit(1));
});
