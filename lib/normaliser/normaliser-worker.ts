import { parentPort, workerData } from "node:worker_threads";
import { createPrisma } from "@/lib/db/client";
import { Normaliser } from "./normaliser";
import { holdNormaliserLeadership } from "./normaliser-leadership";
import type { FromNormaliser, ToNormaliser } from "./normaliser-messages";

// The normaliser's thread. It has its own event loop and database pool, so applying events never blocks the
// answer to a webhook. It runs at normal priority: a lower one (nice 5 or 10) starved it whenever the machine
// was busy, even well below saturation; it yields only under real ingest pressure (watch-ingest-pressure.ts).
// Every Vigia process has this thread, but only the one holding the leadership lock normalises; the others
// wait to take over (lib/normaliser/normaliser-leadership.ts).

const port = parentPort;
if (!port) throw new Error("normaliser-worker must run in a worker thread");
const { databaseUrl } = workerData as { databaseUrl: string };
const db = createPrisma(databaseUrl, 3);
const send = (m: FromNormaliser) => port.postMessage(m);
const onError = (e: unknown) => send({ type: "error", message: e instanceof Error ? e.message : String(e) });

let normaliser: Normaliser | undefined;
let pressure = false;
const leadership = holdNormaliserLeadership({
  databaseUrl,
  onLeader: (leader) => {
    if (leader) {
      normaliser = new Normaliser(db, onError);
      normaliser.setPressure(pressure);
      normaliser.start();
    } else {
      normaliser?.stop().catch(onError);
      normaliser = undefined;
    }
    send({ type: "leader", leader });
  },
  onRawEvents: () => normaliser?.kick(),
  log: (message) => send({ type: "error", message }),
});

port.on("message", (m: ToNormaliser) => {
  if (m.type === "pressure") {
    pressure = m.on;
    normaliser?.setPressure(m.on);
  }
  if (m.type === "stop") {
    Promise.resolve(normaliser?.stop())
      .then(() => leadership.stop())
      .then(() => db.$disconnect())
      .catch((e: unknown) => send({ type: "error", message: e instanceof Error ? e.message : String(e) }))
      .finally(() => send({ type: "stopped" }));
  }
});
// Warm the client up (it loads its query compiler on first use) before saying ready, so the first webhook
// after start is not the one that pays for it.
await db.$queryRaw`SELECT 1`;
send({ type: "ready" });
