import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { ZapiCredential } from "@/lib/generated/prisma/client";

const POLL_TIMEOUT_MS = 10_000;

/** Z-API's answer, strict about what is used, tolerant of anything else it adds. */
const ZStatus = z.looseObject({ connected: z.boolean(), smartphoneConnected: z.boolean().optional(), error: z.string().optional() });

/**
 * Asks Z-API how an instance is: GET {apiBase}/instances/{id}/token/{token}/status with the account's
 * Client-Token (https://developer.z-api.io/en/instance/status), and stores the answer on the credential row.
 * A request that fails is stored as "no answer" (polled_connected null) with the reason, never thrown.
 */
export async function pollZapiStatus(db: Db, c: ZapiCredential, now: Date): Promise<void> {
  let result: { connected: boolean | null; phone: boolean | null; error: string | null };
  try {
    const res = await fetch(`${c.apiBase.replace(/\/$/, "")}/instances/${encodeURIComponent(c.instanceId)}/token/${encodeURIComponent(c.instanceToken)}/status`, {
      headers: c.clientToken ? { "client-token": c.clientToken } : {},
      signal: AbortSignal.timeout(POLL_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`Z-API answered ${res.status}`);
    const parsed = ZStatus.safeParse(await res.json());
    if (!parsed.success) throw new Error("Z-API's status answer has no `connected`");
    result = { connected: parsed.data.connected, phone: parsed.data.smartphoneConnected ?? null, error: parsed.data.error ?? null };
  } catch (e) {
    result = { connected: null, phone: null, error: e instanceof Error ? e.message : String(e) };
  }
  await db.zapiCredential.update({
    where: { instanceId: c.instanceId },
    data: { polledAt: now, polledConnected: result.connected, polledPhoneConnected: result.phone, polledError: result.error },
  });
}
