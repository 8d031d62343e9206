import type { Db } from "@/lib/db/client";

/** Change rows only serve reconnecting clients; a week covers a laptop closed over a long weekend. */
export const CHANGE_RETENTION_DAYS = 7;

/** Deletes expired change rows, in bounded chunks so it never holds long locks. Returns how many. */
export async function expireChanges(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - CHANGE_RETENTION_DAYS * 86_400_000);
  let total = 0;
  for (;;) {
    const n = await db.$executeRaw`
      DELETE FROM change WHERE seq IN (SELECT seq FROM change WHERE created_at < ${cutoff} ORDER BY seq LIMIT 5000)`;
    total += n;
    if (n < 5000) return total;
  }
}
