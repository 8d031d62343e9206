import { type BrowserContext, expect } from "@playwright/test";
import { E2E_ADMIN } from "./constants";

/** Logs a browser context in through the API (the UI login has its own spec); cookies land in the context. */
export async function logIn(context: BrowserContext): Promise<void> {
  const response = await context.request.post("/api/auth/login", {
    data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}
