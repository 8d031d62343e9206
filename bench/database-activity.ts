import pg from "pg";

/** Counters of one database from pg_stat_database: what the whole pipeline asked of PostgreSQL. */
export type DatabaseActivity = { commits: number; rowsWritten: number; rowsRead: number };

/**
 * The counters now. PostgreSQL flushes each backend's counts at the end of its transactions (and an idle one
 * within about a second), so read them after the pipeline has settled, and treat differences as estimates.
 */
export async function readDatabaseActivity(databaseUrl: string): Promise<DatabaseActivity> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ commits: string; written: string; read: string }>(
      `SELECT xact_commit AS commits, tup_inserted + tup_updated + tup_deleted AS written, tup_returned + tup_fetched AS read
         FROM pg_stat_database WHERE datname = current_database()`,
    );
    const row = rows[0];
    return { commits: Number(row?.commits ?? 0), rowsWritten: Number(row?.written ?? 0), rowsRead: Number(row?.read ?? 0) };
  } finally {
    await client.end();
  }
}
