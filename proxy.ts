import { type NextRequest, NextResponse } from "next/server";

/**
 * Comfort only, never the guard: a browser without any session cookie goes straight to /login instead of
 * rendering a page that would redirect there anyway. It checks only that the cookie is present (a forged or
 * expired one passes); the guard is `requireUser()` in every page's data loader (lib/auth/require-user.ts),
 * and e2e/no-leak.spec.ts passes with this file removed.
 */
export function proxy(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  // The deep link survives the login (checked again there: lib/auth/safe-next-path.ts).
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    {
      // Pages only: not the API (its own 401s; webhooks must stay cheap), Next's assets, /login, the icons,
      // nor what a browser fetches without cookies to install the app (manifest, icons, service worker: public/sw.js).
      // Keep the cookie name equal to SESSION_COOKIE in lib/auth/tokens.ts (a matcher must be a literal).
      source: "/((?!api/|_next/|login|icon\\.svg|favicon\\.ico|apple-icon\\.png|icons/|manifest\\.webmanifest|sw\\.js).*)",
      missing: [{ type: "cookie", key: "vigia_session" }],
    },
  ],
};
