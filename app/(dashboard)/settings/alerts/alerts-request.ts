import { type FormErrorCode, readErrorCode } from "@/lib/http/error-codes";

export type AlertsRequestResult = { ok: true; data: unknown } | { ok: false; code: FormErrorCode; status: number };

/** One call to the alerts API; a failure is a catalogued code (lib/http/error-codes.ts), shown as `errors.<code>`. */
export async function alertsRequest(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<AlertsRequestResult> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, code: "network", status: 0 };
  }
  if (!response.ok) return { ok: false, ...(await readErrorCode(response)) };
  return { ok: true, data: await response.json().catch(() => null) };
}
