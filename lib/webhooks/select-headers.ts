const KEPT = [
  "content-type",
  "content-encoding",
  "content-length",
  "user-agent",
  "origin",
  "server",
  "x-forwarded-for",
  "x-real-ip",
  "upgrade",
] as const;

// Z-API sends the instance token in one of these; it is a credential, so only a recognisable prefix is kept.
const MASKED = ["z-api-token", "client-token"] as const;

/** The request headers worth keeping with a raw event, with credentials masked. */
export function selectHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT) {
    const v = headers.get(name);
    if (v !== null) out[name] = v.slice(0, 512);
  }
  for (const name of MASKED) {
    const v = headers.get(name);
    if (v !== null) out[name] = maskSecret(v);
  }
  return out;
}

export function maskSecret(value: string): string {
  return value.length <= 8 ? "…" : `${value.slice(0, 4)}…(${value.length})`;
}
