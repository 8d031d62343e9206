import type { Db } from "@/lib/db/client";
import { ChangeHub } from "@/lib/changes/change-hub";
import { CHANGES_CHANNEL } from "./append-changes";
import { getHeadSeq } from "./get-head-seq";
import { getOldestSeq } from "./get-oldest-seq";
import { listChangesAfter } from "./list-changes-after";
import { listenChannel } from "./listen-channel";

/** The safety net: a notification lost with its connection (or never sent) is read at most this late. */
const POLL_MS = 1_000;

export const CHANGES_LISTENER_NAME = "vigia changes listener";

export type ChangeStream = { hub: ChangeHub; stop(): Promise<void> };

/**
 * This process's half of the change stream: a hub that reads the change table for its own sockets, woken by
 * every producer's NOTIFY (any process, lib/changes/append-changes.ts) through one dedicated listening
 * connection, and by a timer in case a notification is lost.
 */
export function startChangeStream(o: { db: Db; databaseUrl: string; log: (m: string) => void }): ChangeStream {
  const hub = new ChangeHub(
    {
      listAfter: (seq, limit) => listChangesAfter(o.db, seq, limit, (skipped) => o.log(`change ${skipped} is not readable by this version; skipped`)),
      oldestSeq: () => getOldestSeq(o.db),
      headSeq: () => getHeadSeq(o.db),
    },
    (e) => o.log(`reading changes failed: ${e instanceof Error ? e.message : String(e)}`),
  );
  const listener = listenChannel({
    databaseUrl: o.databaseUrl,
    channel: CHANGES_CHANNEL,
    applicationName: CHANGES_LISTENER_NAME,
    onWake: () => hub.wake(),
    log: o.log,
  });
  const timer = setInterval(() => hub.wake(), POLL_MS);
  timer.unref();
  return {
    hub,
    async stop() {
      clearInterval(timer);
      await listener.stop();
      await hub.idle();
    },
  };
}
