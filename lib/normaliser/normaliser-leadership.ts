import pg from "pg";

/**
 * Arbitrary constant: the session-level advisory lock whose holder is the one normaliser of the database.
 * Distinct from NORMALISER_LOCK (lib/normaliser/normalise-batch.ts), the per-batch transaction lock that still
 * fences the moment of a takeover, when the old holder's last batch may not have finished yet.
 */
export const NORMALISER_LEADER_LOCK = 726_194_303;

/** The raw log's doorbell: a statement trigger on raw_event (prisma/migrations/20261201140000_raw_event_notify). */
export const RAW_CHANNEL = "vigia_raw";

const RETRY_MS = 1_000;

export type Leadership = { stop(): Promise<void> };

/**
 * Competes for the normaliser's leadership on a dedicated connection: `pg_try_advisory_lock` every second
 * until it is granted, then holds it for as long as that connection lives. The lock belongs to the session, so
 * when the holding process dies its connection closes, PostgreSQL releases the lock, and another process takes
 * over at its next try. TCP keepalives bound how long a vanished machine (no FIN) can keep it.
 *
 * The same connection LISTENs to the raw log's notifications, so the leader hears webhooks stored by any
 * process; losing the connection loses both at once, which is what should happen.
 */
export function holdNormaliserLeadership(o: {
  databaseUrl: string;
  onLeader: (leader: boolean) => void;
  onRawEvents: () => void;
  log: (m: string) => void;
}): Leadership {
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;

  const later = (f: () => Promise<void>) => {
    if (stopped) return;
    timer = setTimeout(() => {
      f().catch((e: unknown) => o.log(`normaliser leadership: ${String(e)}`));
    }, RETRY_MS);
    timer.unref();
  };

  const connect = async () => {
    if (stopped) return;
    // process.pid in the name tells an operator (and test/several-processes.test.ts) which process leads.
    const c = new pg.Client({ connectionString: o.databaseUrl, application_name: `vigia normaliser ${process.pid}`, keepAlive: true });
    client = c;
    let leader = false;
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      void c.end().catch(() => {});
      if (leader) {
        leader = false;
        o.onLeader(false);
        if (!stopped) o.log(`normaliser leadership lost (${why})`);
      }
      later(connect);
    };
    c.on("error", (e) => onLost(e.message));
    c.on("end", () => onLost("connection ended"));
    c.on("notification", (n) => {
      if (leader && n.channel === RAW_CHANNEL) o.onRawEvents();
    });
    const tryLock = async () => {
      if (stopped || lost) return;
      try {
        const { rows } = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [NORMALISER_LEADER_LOCK]);
        if (!rows[0]?.ok) return later(tryLock);
        await c.query(`LISTEN ${RAW_CHANNEL}`);
        leader = true;
        o.onLeader(true);
      } catch (e) {
        onLost(e instanceof Error ? e.message : String(e));
      }
    };
    try {
      await c.connect();
      await c.query("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
    } catch (e) {
      return onLost(e instanceof Error ? e.message : String(e));
    }
    await tryLock();
  };
  connect().catch((e: unknown) => o.log(`normaliser leadership: ${String(e)}`));

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // Closing the session releases the lock at once, so another process need not wait for a timeout.
      await client?.end().catch(() => {});
    },
  };
}
