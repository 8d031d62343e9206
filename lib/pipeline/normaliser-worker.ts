import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { createPrisma } from "@/lib/db/client";
import { Normaliser } from "./normaliser";
import type { FromNormaliser, ToNormaliser } from "./normaliser-messages";

// The normaliser's thread. It has its own event loop and database pool, so applying events never delays
// the answer to a webhook; and it runs at a lower CPU priority, so when the machine is saturated the
// durable append (the part that must not fail) wins and the live view catches up afterwards.
lowerThreadPriority();

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
  if (m.type === "stop") {
    void normaliser
      .stop()
      .then(() => db.$disconnect())
      .finally(() => send({ type: "stopped" }));
  }
});
// Warm the client up (it loads its query compiler on first use) before saying ready, so the first webhook
// after start is not the one that pays for it.
await db.$queryRaw`SELECT 1`;
normaliser.start();
send({ type: "ready" });

function lowerThreadPriority(): void {
  try {
    // Linux: niceness is per thread, and /proc/thread-self names this thread's id.
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid)) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: run at normal priority.
  }
}
