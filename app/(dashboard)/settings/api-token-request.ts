import { type TApiTokenDto, ZApiTokenDto } from "@/lib/tokens/api-token-dto";
import { z } from "zod";

const ZCreated = z.object({ token: z.string(), item: ZApiTokenDto });

/** `status` 0 means the request never got an answer (network). */
export type TokenRequestResult<T> = { ok: true; data: T } | { ok: false; status: number };

export async function createTokenRequest(name: string): Promise<TokenRequestResult<{ token: string; item: TApiTokenDto }>> {
  try {
    const response = await fetch("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
    if (response.status !== 201) return { ok: false, status: response.status };
    return { ok: true, data: ZCreated.parse(await response.json()) };
  } catch {
    return { ok: false, status: 0 };
  }
}

export async function revokeTokenRequest(id: string): Promise<TokenRequestResult<null>> {
  try {
    const response = await fetch(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
    return response.ok ? { ok: true, data: null } : { ok: false, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
