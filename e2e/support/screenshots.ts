import path from "node:path";
import type { Page } from "@playwright/test";

/** Artifacts for people to look at (gitignored): artifacts/screenshots/<page>-<theme>-<viewport>-<locale>.png */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(import.meta.dirname, "..", "..", "artifacts", "screenshots", `${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}
