import { type FormErrorCode, readErrorCode } from "@/lib/http/error-codes";
import { type TApiTokenDto, ZApiTokenDto } from "@/lib/tokens/api-token-dto";
import { z } from "zod";

const ZCreated = z.object({ token: z.string(), item: ZApiTokenDto });

/** A failure is a code of lib/http/error-codes.ts ("network": no answer at all), shown as `errors.<code>`. */
export type TokenRequestResult<T> = { ok: true; data: T } | { ok: false; code: FormErrorCode; status: number };

export async function createTokenRequest(name: string): Promise<TokenRequestResult<{ token: string; item: TApiTokenDto }>> {
  let response: Response;
  try {
    response = await fetch("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
  } catch {
    return { ok: false, code: "network", status: 0 };
  }
  if (response.status !== 201) return { ok: false, ...(await readErrorCode(response)) };
  const created = ZCreated.safeParse(await response.json().catch(() => null));
  return created.success ? { ok: true, data: created.data } : { ok: false, code: "unknown", status: response.status };
}

export async function revokeTokenRequest(id: string): Promise<TokenRequestResult<null>> {
  let response: Response;
  try {
    response = await fetch(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
  } catch {
    return { ok: false, code: "network", status: 0 };
  }
  return response.ok ? { ok: true, data: null } : { ok: false, ...(await readErrorCode(response)) };
}
