import type pg from "pg";

/**
 * Bounds for every connection Vigia opens (lib/db/client.ts for Prisma, lib/runtime/start-vigia.ts for the
 * raw log), so a database that is down or hung fails a query in bounded time instead of holding requests
 * and memory forever (review CODE-2026-12-01 F2): node-postgres' defaults wait without limit.
 */
export const POOL_BOUNDS = {
  /** Waiting for a connection (to open, or from a full pool). */
  connectionTimeoutMillis: 5_000,
  /** Server side: Postgres cancels a statement running longer (the normaliser's batches take milliseconds). */
  statement_timeout: 30_000,
  /** Client side: covers a network that swallows packets, where the server cannot even cancel. */
  query_timeout: 35_000,
  idle_in_transaction_session_timeout: 60_000,
  /** TCP keep-alive, so a half-open connection to a vanished server is noticed. */
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
} satisfies pg.PoolConfig;

/**
 * The raw log's pool: its statements are one INSERT of at most 500 rows, so much tighter bounds; past them
 * the webhook is spooled (lib/webhooks/store-raw-event.ts). synchronous_commit=on even when the server's
 * default is off, because a 2xx promises the row is on disk (review F11, "A 2xx without storage?").
 */
export const INGEST_POOL_BOUNDS = {
  ...POOL_BOUNDS,
  statement_timeout: 10_000,
  query_timeout: 12_000,
  options: "-c synchronous_commit=on",
} satisfies pg.PoolConfig;
