import { setTimeout as sleep } from "node:timers/promises";
import { postWebhook } from "./post-webhook";
import { tallyResult, type Tally } from "./tally-results";
import type { TrafficItem } from "./traffic-types";

export type SimulationOptions = {
  url: string;
  /** Requests per second. */
  rate: number;
  durationS: number;
  token?: string;
  /** Stops sending early (Ctrl-C); requests already sent are still awaited. */
  signal?: AbortSignal;
};

// Beyond this many unanswered requests the sender waits instead of piling up sockets on a slow target.
const MAX_IN_FLIGHT = 256;

/** Sends `traffic` at a fixed rate until it runs out or the duration ends, then waits for the answers. */
export async function runSimulation(traffic: Iterable<TrafficItem>, options: SimulationOptions, tally: Tally): Promise<void> {
  const interval = 1000 / options.rate;
  const endAt = performance.now() + options.durationS * 1000;
  const start = performance.now();
  const pending = new Set<Promise<void>>();
  let index = 0;
  for (const item of traffic) {
    const due = start + index++ * interval;
    if (due >= endAt || options.signal?.aborted) break;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (pending.size >= MAX_IN_FLIGHT) await Promise.race(pending);
    tally.sent++;
    const request = postWebhook(options.url, item.body, { token: options.token }).then((result) => {
      tallyResult(tally, result);
      pending.delete(request);
    });
    pending.add(request);
  }
  await Promise.all(pending);
}
