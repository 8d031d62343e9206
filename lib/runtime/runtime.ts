import type pg from "pg";
import type { Db } from "@/lib/db/client";
import type { RawLog } from "@/lib/webhooks/raw-log";
import type { Spool } from "@/lib/webhooks/spool";

/**
 * What the custom server (server.ts) starts once and route handlers use. Next bundles route handlers apart
 * from server.ts, so a module imported by both would exist twice: the one shared instance lives on
 * globalThis, and route code imports only this file (types and a getter).
 */
export type VigiaRuntime = {
  db: Db;
  pool: pg.Pool;
  rawLog: RawLog;
  /** Where webhooks wait on disk while the database cannot take them (lib/webhooks/spool.ts). */
  spool: Spool;
  /** Called after an event was spooled: wakes the drainer. */
  onSpooled(): void;
  webhookSecret: string;
  apiToken: string | null;
  /** VIGIA_PUBLIC_URL (validated, blank = unset): the address Z-API must call. */
  publicUrl: string | null;
  /** Count a webhook request refused for a wrong secret. */
  countRejectedWebhook(): void;
  startedAt: Date;
};

declare global {
  var __vigiaRuntime: VigiaRuntime | undefined;
}

export function setRuntime(runtime: VigiaRuntime | undefined): void {
  globalThis.__vigiaRuntime = runtime;
}

export function getRuntime(): VigiaRuntime {
  const rt = globalThis.__vigiaRuntime;
  if (!rt) throw new Error("Vigia is not started: run it through server.ts (npm start or npm run dev)");
  return rt;
}
