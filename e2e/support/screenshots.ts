import path from "node:path";
import type { Page } from "@playwright/test";

const dir = path.join(import.meta.dirname, "..", "..", "artifacts", "screenshots");

/**
 * Artifacts for people to look at (gitignored): artifacts/screenshots/<page>-<theme>-<viewport>-<locale>.png.
 * Whole page by default. `firstScreen` captures only what the viewport shows, which is the truthful picture on
 * phones (a full-page capture draws fixed bars, like the bottom navigation, in the middle of the page); the
 * whole page is then saved beside it with a `-full` suffix.
 */
export async function saveScreenshot(page: Page, name: string, options: { firstScreen?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: !options.firstScreen, animations: "disabled" });
  if (options.firstScreen) {
    await page.screenshot({ path: path.join(dir, `${name}-full.png`), fullPage: true, animations: "disabled" });
  }
}
