import { z } from "zod";
import { type FormErrorCode, readErrorCode } from "@/lib/http/error-codes";
import type { TUpdateInstanceInput } from "@/lib/instances/schemas";

// The Instances section's calls to /api/instances (app/api/instances/). A failure is a code of
// lib/http/error-codes.ts, shown as `errors.<code>`.

export type InstanceRequestResult<T> = { ok: true; data: T } | { ok: false; code: FormErrorCode; status: number };

const ZCounts = z.object({ messages: z.number(), chats: z.number(), events: z.number() });
const ZDeleted = ZCounts.extend({ instances: z.number() });
export type TCounts = z.infer<typeof ZCounts>;
export type TDeleted = z.infer<typeof ZDeleted>;

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<InstanceRequestResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return { ok: false, code: "network", status: 0 };
  }
  if (!response.ok) return { ok: false, ...(await readErrorCode(response)) };
  const parsed = schema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: "unknown", status: response.status };
}

const path = (id: string) => `/api/instances/${encodeURIComponent(id)}`;

export function updateInstanceRequest(id: string, input: TUpdateInstanceInput) {
  return call(path(id), { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }, z.object({ id: z.string() }));
}

export function countInstanceDataRequest(id: string) {
  return call(`${path(id)}/data-counts`, { method: "GET" }, ZCounts);
}

export function deleteInstanceRequest(id: string) {
  return call(path(id), { method: "DELETE" }, ZDeleted);
}

export function deleteSimulatedRequest() {
  return call("/api/instances?simulated=true", { method: "DELETE" }, ZDeleted);
}
