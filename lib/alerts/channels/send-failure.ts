/** A failure that retrying cannot fix (a refused configuration, the channel's own instance being the one down). */
export class PermanentSendFailure extends Error {}

/** Throws with the status and the start of the body when an HTTP channel did not accept the message. */
export async function expectAccepted(res: Response, what: string): Promise<void> {
  if (res.ok) return;
  const body = (await res.text().catch(() => "")).slice(0, 200);
  const message = `${what} answered ${res.status}${body ? `: ${body}` : ""}`;
  // 4xx other than 408/429 means the request itself is wrong (a revoked webhook, a bad token): sending it again will not help.
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentSendFailure(message);
  throw new Error(message);
}

export const SEND_TIMEOUT_MS = 10_000;
