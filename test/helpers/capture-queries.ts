import pg from "pg";

export type Query = { text: string; values: unknown[] };
export type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };

/**
 * A pool that records every statement its connections send, as the code sends them (text and parameters), so a
 * test can EXPLAIN exactly what ran (test/query-plans.test.ts, test/normaliser/write-plans.test.ts).
 */
export function capturingPool(url: string): { pool: pg.Pool; captured: Query[] } {
  const captured: Query[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
      const [first, second] = a;
      if (typeof first === "string") captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === "object" && "text" in first) {
        const q = first as { text: string; values?: unknown[] };
        captured.push({ text: q.text, values: q.values ?? [] });
      }
      return original(...a);
    };
  });
  return { pool, captured };
}

/** The plan of `q` (EXPLAIN without ANALYZE: nothing runs), flattened, root first. */
export async function explainPlan(pool: pg.Pool, q: Query): Promise<PlanNode[]> {
  const { rows } = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values);
  const nodes: PlanNode[] = [];
  const walk = (n: PlanNode) => {
    nodes.push(n);
    for (const c of n.Plans ?? []) walk(c);
  };
  walk((rows[0] as { "QUERY PLAN": [{ Plan: PlanNode }] })["QUERY PLAN"][0].Plan);
  return nodes;
}
