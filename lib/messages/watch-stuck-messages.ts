import type { Db } from "@/lib/db/client";
import { markStuckMessages } from "./mark-stuck-messages";

/** Runs the stuck check (lib/messages/mark-stuck-messages.ts) every `everyMs`; a failed check is logged and the next one runs. */
export function watchStuckMessages(db: Db, everyMs: number, log: (m: string) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    markStuckMessages(db)
      .catch((e: unknown) => log(`stuck-message check failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
