import pg from "pg";
import { AUTH_ENDED_CHANNEL, parseEndedCredentials, type TEndedCredentials } from "./notify-credentials-ended";

export type AuthEndedListener = { stop(): Promise<void> };

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;

/**
 * One dedicated connection LISTENing on `vigia_auth_ended` (a pooled connection cannot: LISTEN belongs to the
 * session, and a pool hands sessions around). A lost connection (database restart, network,
 * `pg_terminate_backend`) is reopened on its own with backoff; after every (re)connection `onListening` runs,
 * because notifications sent while nobody listened are gone, so the caller sweeps instead.
 */
export function listenAuthEnded(o: {
  databaseUrl: string;
  onEnded: (ended: TEndedCredentials) => void;
  onListening: () => void;
  log: (m: string) => void;
}): AuthEndedListener {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    retry = undefined;
    if (stopped) return;
    // application_name lets an operator (or a test) find this connection in pg_stat_activity.
    const c = new pg.Client({ connectionString: o.databaseUrl, application_name: "vigia-auth-listener", keepAlive: true });
    client = c;
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      c.removeAllListeners("notification");
      void c.end().catch(() => {});
      if (stopped) return;
      o.log(`auth listener lost (${why}); reconnecting in ${retryMs} ms`);
      retry = setTimeout(() => {
        connect().catch((e: unknown) => o.log(`auth-ended listener: ${String(e)}`));
      }, retryMs);
      retry.unref();
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
    c.on("error", (e) => onLost(e.message));
    c.on("end", () => onLost("connection ended"));
    c.on("notification", (n) => {
      if (n.channel !== AUTH_ENDED_CHANNEL) return;
      const ended = parseEndedCredentials(n.payload);
      if (ended) o.onEnded(ended);
      else o.log("auth listener: ignored a notification it cannot read");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(AUTH_ENDED_CHANNEL)}`);
      retryMs = FIRST_RETRY_MS;
      o.onListening();
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
