/**
 * Cross-site request forgery guard, shared by the HTTP server (lib/runtime/start-vigia.ts) and the Socket.IO
 * handshake (lib/realtime/socket-server.ts). A browser sends `Origin` on every cross-origin request and on
 * every WebSocket handshake, and a page cannot forge it; so a request whose Origin is not Vigia's own address
 * was made by another site's page, riding on the visitor's session cookie (SameSite=Lax does not stop a
 * same-site sibling such as another `*.example.com`, nor WebSockets, which CORS does not cover).
 *
 * Vigia's own address is VIGIA_PUBLIC_URL when set (then a DNS-rebinding page cannot pass by sending the Host
 * it chose), else the request's own Host (scheme not compared: behind a TLS proxy the Host is the public one
 * but the hop to Vigia is plain HTTP).
 */
import { type ErrorBody, errorBody } from "./error-codes";

export type OriginCheck = { ok: true } | { ok: false; origin: string; expected: string };

export function checkOrigin(origin: string | null | undefined, host: string | null | undefined, publicUrl: string | null): OriginCheck {
  // No Origin: not a browser (curl, Z-API, an API client), or a same-origin GET, which browsers send without it.
  if (origin === undefined || origin === null) return { ok: true };
  let claimed: URL | null = null;
  try {
    claimed = new URL(origin);
  } catch {
    claimed = null; // "null" (sandboxed frames, file:, some redirects) or garbage: from nowhere we know
  }
  if (publicUrl) {
    const expected = new URL(publicUrl).origin;
    return claimed && claimed.origin === expected ? { ok: true } : { ok: false, origin, expected };
  }
  const own = hostOf(host);
  if (own && claimed && (claimed.protocol === "http:" || claimed.protocol === "https:") && claimed.host === own) return { ok: true };
  return { ok: false, origin, expected: own ?? "(no Host header)" };
}

function hostOf(host: string | null | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).host; // lower-cases and drops :80
  } catch {
    return null;
  }
}

/** The methods that change something; GET/HEAD/OPTIONS only read (and a foreign page cannot read the answer). */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * For an HTTP request: null when it may go on, else the body of the `foreign_origin` answer. Guarded: state-changing requests to `/api/*`.
 * Not guarded: `/api/webhooks/*` (Z-API calls it server to server; its secret is in the path) and requests
 * that bring their own `Authorization: Bearer` token (authenticate() then ignores the cookie, so a foreign
 * page gains nothing it did not already have).
 */
export function foreignOriginProblem(
  req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  publicUrl: string | null,
): ErrorBody | null {
  if (!STATE_CHANGING.has((req.method ?? "").toUpperCase())) return null;
  const path = (req.url ?? "").split("?")[0] ?? "";
  if (!path.startsWith("/api/") || path.startsWith("/api/webhooks/")) return null;
  if (/^Bearer\s+\S+$/i.test(header(req.headers.authorization) ?? "")) return null;
  const check = checkOrigin(header(req.headers.origin), header(req.headers.host), publicUrl);
  if (check.ok) return null;
  return errorBody("foreign_origin", {
    message: `Refused a request from ${check.origin}: Vigia only accepts changes from its own address (${check.expected}). If that is the address you opened Vigia at, set VIGIA_PUBLIC_URL to it.`,
  });
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
