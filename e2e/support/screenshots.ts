import path from "node:path";
import type { BrowserContextOptions, Page } from "@playwright/test";
import { en, pt } from "./messages";

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

export const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

export type ScreenCombo = {
  theme: "light" | "dark";
  viewport: keyof typeof VIEWPORTS;
  locale: "pt-BR" | "en";
  /** `<theme>-<viewport>-<locale>`, the screenshot file suffix. */
  suffix: string;
  messages: typeof pt;
  phone: boolean;
  contextOptions: BrowserContextOptions;
};

function combo(theme: ScreenCombo["theme"], viewport: ScreenCombo["viewport"], locale: ScreenCombo["locale"]): ScreenCombo {
  const phone = viewport === "phone";
  return {
    theme,
    viewport,
    locale,
    suffix: `${theme}-${viewport}-${locale}`,
    messages: locale === "en" ? en : pt,
    phone,
    contextOptions: { viewport: VIEWPORTS[viewport], colorScheme: theme, locale, isMobile: phone },
  };
}

/**
 * The theme × width × language combinations a screenshot spec takes. By default the four that cover every pair
 * (each language in both themes and at both widths, each theme at both widths): every spec's 8 fresh contexts
 * made the browser tier most of CI's time. `VIGIA_SCREENSHOTS=all npx playwright test …` takes all eight, for
 * a reviewer who wants every picture.
 */
export function screenCombos(): ScreenCombo[] {
  if (process.env.VIGIA_SCREENSHOTS === "all") {
    return (["pt-BR", "en"] as const).flatMap((locale) =>
      (["light", "dark"] as const).flatMap((theme) => (["desktop", "phone"] as const).map((viewport) => combo(theme, viewport, locale))),
    );
  }
  return [combo("light", "desktop", "pt-BR"), combo("dark", "phone", "pt-BR"), combo("dark", "desktop", "en"), combo("light", "phone", "en")];
}
