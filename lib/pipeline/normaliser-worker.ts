import { parentPort, workerData } from "node:worker_threads";
import { createPrisma } from "@/lib/db/client";
import { Normaliser } from "./normaliser";
import type { FromNormaliser, ToNormaliser } from "./normaliser-messages";

// The normaliser's thread. It has its own event loop and database pool, so applying events never blocks the
// answer to a webhook. It runs at normal priority: a lower one (nice 5 or 10) starved it whenever the machine
// was busy, even well below saturation; it yields only under real ingest pressure (watch-ingest-pressure.ts).

const port = parentPort;
if (!port) throw new Error("normaliser-worker must run in a worker thread");
const { databaseUrl } = workerData as { databaseUrl: string };
const db = createPrisma(databaseUrl, 3);
const send = (m: FromNormaliser) => port.postMessage(m);
const normaliser = new Normaliser(
  db,
  (changes) => send({ type: "changes", changes }),
  (e) => send({ type: "error", message: e instanceof Error ? e.message : String(e) }),
);

port.on("message", (m: ToNormaliser) => {
  if (m.type === "kick") normaliser.kick();
  if (m.type === "pressure") normaliser.setPressure(m.on);
  if (m.type === "stop") {
    normaliser
      .stop()
      .then(() => db.$disconnect())
      .catch((e: unknown) => send({ type: "error", message: e instanceof Error ? e.message : String(e) }))
      .finally(() => send({ type: "stopped" }));
  }
});
// Warm the client up (it loads its query compiler on first use) before saying ready, so the first webhook
// after start is not the one that pays for it.
await db.$queryRaw`SELECT 1`;
normaliser.start();
send({ type: "ready" });
