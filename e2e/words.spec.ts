import { expect, test } from "@playwright/test";
import { listPages } from "./support/list-pages";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { seedDashboard } from "./support/seed-dashboard";

// Every page rendered in pt-BR shows Portuguese: no raw message key (a missing translation next-intl prints as
// its path) and no English UI string (a text that was never sent through the message files, or Z-API's own
// reason shown untranslated, app/(dashboard)/instance-card.tsx).

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

const ptByKey = new Map(flatten(pt));
const keyPaths = new Set(ptByKey.keys());
/** English texts with no placeholder, two words or more, that differ from their Portuguese. */
const englishOnly = flatten(en as unknown as Tree)
  .filter(([key, value]) => !/[{}<]/.test(value) && /\s/.test(value.trim()) && value.length >= 8 && ptByKey.get(key) !== value)
  .map(([, value]) => value);
/** Words from Z-API that must reach a Portuguese reader translated (docs/zapi/SPEC.md §7.1). */
const zapiEnglish = ["Device has been disconnected"];

test("every page in pt-BR shows no raw message key and no English UI string", async ({ context, page }) => {
  await logIn(context);
  await seedDashboard(context.request);
  const events = (await (await context.request.get("/api/events?limit=1")).json()) as { items: { id: string }[] };
  const chats = (await (await context.request.get("/api/chats?limit=1")).json()) as { items: { id: string }[] };
  // The seeded disconnect opens an incident within a tick of the alert loop.
  let incidents: { items: { id: string }[] } = { items: [] };
  await expect.poll(async () => (incidents = (await (await context.request.get("/api/incidents?limit=1")).json()) as typeof incidents).items.length).toBeGreaterThan(0);
  const params = Object.fromEntries(
    Object.entries({ "events/id": events.items[0]?.id, chatId: chats.items[0]?.id, "incidents/id": incidents.items[0]?.id, id: events.items[0]?.id }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const paths = listPages(params).flatMap((p) => (p.path === null ? [] : [p.path]));
  expect(paths).toContain("/settings");

  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // Live data has arrived (the dashboard's seeded disconnect reason among it) once the socket is up.
    await expect(page.locator('[role="status"][data-status="live"]').or(page.locator("form")).first()).toBeVisible({ timeout: 30_000 });
    const text = await page.locator("body").innerText();
    const rawKeys = [...text.matchAll(/\b[a-z][A-Za-z]*(?:\.[A-Za-z]+)+\b/g)].map((m) => m[0]).filter((token) => keyPaths.has(token));
    expect(rawKeys, `raw message keys on ${path}`).toEqual([]);
    const leaks = [...englishOnly, ...zapiEnglish].filter((english) => text.includes(english));
    expect(leaks, `English on ${path}`).toEqual([]);
  }
});
