import pg from "pg";

/**
 * For each raw event id, how long it waited in the raw log before the normaliser's batch took it
 * (processed_at − received_at, both the database's clock: received_at is the INSERT's, processed_at the
 * batch transaction's start). Splits Vigia's webhook→socket time into storing, waiting, and the rest (the
 * batch's own work, its commit, the change stream's read and the socket).
 */
export async function readNormaliserWaits(databaseUrl: string, ids: readonly string[]): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ ms: number }>(
      `SELECT extract(epoch FROM processed_at - received_at)::float8 * 1000 AS ms FROM raw_event WHERE id = ANY($1::bigint[]) AND processed_at IS NOT NULL`,
      [ids],
    );
    return rows.map((r) => r.ms);
  } finally {
    await client.end();
  }
}
