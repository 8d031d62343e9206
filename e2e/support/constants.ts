// Shared by playwright.config.ts (which starts the server with this secret) and the specs.

export const E2E_WEBHOOK_SECRET = "e2e-webhook-secret-0123456789";

/** The admin the first-run spec creates; the other specs log in with it. */
export const E2E_ADMIN = {
  name: "Ana Operadora",
  email: "admin@vigia.test",
  password: "correct horse battery",
} as const;
