import type { TEnv } from "@/lib/config/env";
import { maskSecret } from "@/lib/webhooks/select-headers";

/**
 * The start-up lines an operator needs: where the dashboard is and the webhook URL for Z-API. The URL holds
 * the webhook secret, so it is printed in full only to an interactive terminal; in a log (systemd, docker) it
 * is masked, and the dashboard shows it to a logged-in admin.
 */
export function printBanner(o: {
  env: TEnv;
  port: number;
  webhookSecret: string;
  embedded: boolean;
  dev: boolean;
  setupCode?: string | null;
  processes?: number;
}): void {
  const base = (o.env.VIGIA_PUBLIC_URL ?? `http://localhost:${o.port}`).replace(/\/$/, "");
  const secret = process.stdout.isTTY ? o.webhookSecret : maskSecret(o.webhookSecret);
  const lines = [
    `Vigia is ready (${o.dev ? "development" : "production"}, ${o.embedded ? `embedded PostgreSQL in ${o.env.VIGIA_DATA_DIR}` : "DATABASE_URL"}${(o.processes ?? 1) > 1 ? `, ${o.processes} processes` : ""})`,
    `  Dashboard:   ${base}/`,
    `  Webhook URL: ${base}/api/webhooks/zapi/${secret}`,
    `               (paste it in Z-API "update-every-webhooks" with notifySentByMe: true)`,
  ];
  if (!process.stdout.isTTY) lines.push("               (secret masked because this output is not a terminal: open the dashboard to copy it)");
  // In full even in a log: it is how an admin on another machine claims the first run, it works only until
  // the admin exists, and a restart replaces it (lib/auth/setup-code.ts).
  if (o.setupCode) {
    lines.push(
      `  Setup code:  ${o.setupCode}`,
      "               (no admin yet: open the dashboard on this machine, or enter this code on the setup page)",
    );
  }
  if (!o.env.VIGIA_PUBLIC_URL) lines.push("  Z-API needs a public HTTPS address: set VIGIA_PUBLIC_URL to the address of your reverse proxy.");
  console.log(lines.join("\n"));
}
