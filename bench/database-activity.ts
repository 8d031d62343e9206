import pg from "pg";

/** Counters of one database from pg_stat_database: what the whole pipeline asked of PostgreSQL. */
export type DatabaseActivity = {
  commits: number;
  rowsWritten: number;
  rowsRead: number;
  /** Rows read per table (pg_stat_user_tables: seq_tup_read + idx_tup_fetch), to say which table the reads land on. */
  readByTable: Record<string, number>;
};

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
    const tables = await client.query<{ name: string; read: string }>(
      `SELECT relname AS name, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) AS read FROM pg_stat_user_tables`,
    );
    const row = rows[0];
    return {
      commits: Number(row?.commits ?? 0),
      rowsWritten: Number(row?.written ?? 0),
      rowsRead: Number(row?.read ?? 0),
      readByTable: Object.fromEntries(tables.rows.map((t) => [t.name, Number(t.read)])),
    };
  } finally {
    await client.end();
  }
}

/** The difference between two readings, per acknowledged webhook; tables sorted by rows read, most first. */
export function activityPerWebhook(before: DatabaseActivity, after: DatabaseActivity, webhooks: number): DatabaseActivity {
  const per = (a: number, b: number) => (a - b) / webhooks;
  const byTable = Object.entries(after.readByTable)
    .map(([name, read]) => [name, per(read, before.readByTable[name] ?? 0)] as const)
    .filter(([, read]) => read > 0)
    .sort((a, b) => b[1] - a[1]);
  return {
    commits: per(after.commits, before.commits),
    rowsWritten: per(after.rowsWritten, before.rowsWritten),
    rowsRead: per(after.rowsRead, before.rowsRead),
    readByTable: Object.fromEntries(byTable),
  };
}
