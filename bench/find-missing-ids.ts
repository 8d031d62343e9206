import pg from "pg";

const CHUNK = 10_000;

/** The ids among `ids` that have no row in `table` (raw_event for Vigia, bench_raw for the reference). */
export async function findMissingIds(databaseUrl: string, table: "raw_event" | "bench_raw", ids: readonly string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const { rows } = await client.query<{ id: string }>(`SELECT id::text AS id FROM ${table} WHERE id = ANY($1::bigint[])`, [chunk]);
      for (const row of rows) found.add(row.id);
    }
    return ids.filter((id) => !found.has(id));
  } finally {
    await client.end();
  }
}

/** All rows of `table`: each phase of a target starts on its own fresh database, or counts from where it was. */
export async function countRows(databaseUrl: string, table: "raw_event" | "bench_raw"): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
