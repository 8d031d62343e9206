import type { JsonObject } from "./traffic-types";

export type PostResult = { status: number } | { error: string };

export type PostOptions = {
  /** Sent as `z-api-token`, the header real Z-API requests carry (docs/zapi/SPEC.md §2.4). */
  token?: string;
  timeoutMs?: number;
};

/**
 * POSTs one webhook body the way Z-API does. Uses Node's global fetch, whose undici pool keeps connections
 * alive between requests; the response body is drained so the connection goes back to the pool.
 */
export async function postWebhook(url: string, body: JsonObject, options: PostOptions = {}): Promise<PostResult> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    origin: "https://api.z-api.io",
    server: "Z-API",
  };
  if (options.token) headers["z-api-token"] = options.token;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
