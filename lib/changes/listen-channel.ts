import pg from "pg";

export type ChannelListener = { stop(): Promise<void> };

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * Keeps one dedicated connection LISTENing on `channel` and calls `onWake` with the payload of every
 * notification, and with null after every (re)connection, since notifications sent while it was down are
 * gone. A lost connection (database restart, `pg_terminate_backend`, network) is reopened on its own with
 * exponential backoff. For the change stream a notification is only a doorbell: whoever is woken reads the
 * table itself, so one missed is late, never lost (the auth listener sweeps after a reconnection).
 *
 * A pooled connection cannot do this: LISTEN belongs to the session, and a pool hands sessions around.
 */
export function listenChannel(o: {
  databaseUrl: string;
  channel: string;
  /** Shown in pg_stat_activity, so an operator (or a test) can find this connection. */
  applicationName: string;
  onWake: (payload: string | null) => void;
  log: (m: string) => void;
}): ChannelListener {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    retry = undefined;
    if (stopped) return;
    const c = new pg.Client({ connectionString: o.databaseUrl, application_name: o.applicationName, keepAlive: true });
    client = c;
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      c.removeAllListeners("notification");
      void c.end().catch(() => {});
      if (stopped) return;
      o.log(`listener on ${o.channel} lost (${why}); reconnecting in ${retryMs} ms`);
      retry = setTimeout(() => {
        connect().catch((e: unknown) => o.log(`listener on ${o.channel}: ${String(e)}`));
      }, retryMs);
      retry.unref();
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
    c.on("error", (e) => onLost(e.message));
    c.on("end", () => onLost("connection ended"));
    c.on("notification", (n) => {
      if (n.channel === o.channel) o.onWake(n.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(o.channel)}`);
      retryMs = FIRST_RETRY_MS;
      o.onWake(null); // catch up on whatever was committed while we were not listening
    } catch (e) {
      onLost(e instanceof Error ? e.message : String(e));
    }
  };
  connect().catch((e: unknown) => o.log(`listener: ${String(e)}`));

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
