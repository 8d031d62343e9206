import { expect, type Page } from "@playwright/test";

/**
 * The page's live indicator says "live": hydrated, its socket connected and caught up. Up to 30 s, not the
 * 10 s default: on a shared 2-core CI machine the first page of a fresh context has been seen taking 15 s
 * (hydration, then the service worker's registration, then the socket) while other work runs.
 */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.locator('[role="status"][data-status="live"]')).toBeVisible({ timeout: 30_000 });
}
