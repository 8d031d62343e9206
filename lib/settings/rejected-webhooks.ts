import type { Db } from "@/lib/db/client";

const KEY = "rejected_webhooks";

export type RejectedCount = { count: number; lastAt: string | null };

/**
 * Requests with a wrong secret are counted but not stored. Counting in memory and flushing on a timer keeps
 * a flood of bad requests from turning into a flood of writes.
 */
export class RejectedWebhookCounter {
  private pending = 0;
  private lastAt: Date | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db) {}

  count(): void {
    this.pending++;
    this.lastAt = new Date();
    // eslint-disable-next-line @typescript-eslint/no-floating-promises -- flush() never rejects: a failed write puts the count back (its catch).
    this.timer ??= setTimeout(() => void this.flush(), 2000);
  }

  async flush(): Promise<void> {
    this.timer = undefined;
    if (this.pending === 0) return;
    const n = this.pending;
    this.pending = 0;
    const lastAt = (this.lastAt ?? new Date()).toISOString();
    await this.db.$executeRaw`
      INSERT INTO setting (key, value, updated_at) VALUES (${KEY}, ${JSON.stringify({ count: n, lastAt })}, now())
      ON CONFLICT (key) DO UPDATE SET value = jsonb_build_object(
        'count', (setting.value::jsonb->>'count')::bigint + ${n}, 'lastAt', ${lastAt}::text)::text, updated_at = now()`.catch(() => {
      this.pending += n;
    });
  }
}

export async function readRejectedWebhooks(db: Db): Promise<RejectedCount> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return { count: 0, lastAt: null };
  const v = JSON.parse(row.value) as { count: number | string; lastAt: string | null };
  return { count: Number(v.count), lastAt: v.lastAt };
}
