// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// Locale comes from a cookie / Accept-Language (no locale routing), resolved in i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Headers every response gets. No script-src here on purpose: the root layout runs a tiny inline script
 * that applies the theme before paint; a nonce-based CSP can come later without changing anything else.
 * @type {{ key: string; value: string }[]}
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Dashboard URLs are private; never leak them to media hosts a user clicks through to.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Vigia runs behind its own server.ts (Socket.IO on the same port), so no `output: "standalone"`.
  turbopack: { root: import.meta.dirname },
  // `npm run dev` opened as http://127.0.0.1:3000 would otherwise have its dev scripts blocked (page never hydrates).
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
