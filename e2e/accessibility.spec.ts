import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { listPages } from "./support/list-pages";
import { logIn } from "./support/login";
import { seedDashboard } from "./support/seed-dashboard";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

type Found = { page: string; id: string; impact: string; target: string; help: string };

/** axe's findings on the open page that a person cannot work around: impact "serious" or "critical". */
async function scan(page: Page, path: string): Promise<Found[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: path, id: v.id, impact: v.impact ?? "", target: String(v.nodes[0]?.target[0] ?? ""), help: v.help }));
}

/** The page has drawn its content: loaded, and no skeleton (components/ui/spinner.tsx) is left. A pulsing "problem" dot (fleet-indicator.tsx) is content, not loading. Not "networkidle": the live socket may keep polling. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await expect(page.locator("[data-skeleton]")).toHaveCount(0, { timeout: 30_000 });
}

/** One instance of each kind of thing a page can show, plus the values of every dynamic segment. */
async function seed(request: APIRequestContext): Promise<Record<string, string>> {
  await seedDashboard(request);
  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  const chatName = `Acessibilidade ${uniqueId("")}`;
  await postWebhook(request, fixture("connected", { instanceId, momment: Date.now() - 120_000 }));
  await postWebhook(request, fixture("received-text", { instanceId, messageId, momment: Date.now() - 60_000, chatName, senderName: chatName, text: { message: "Olá" } }));
  await postWebhook(request, fixture("delivery-error", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() - 30_000 }));
  await postWebhook(request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Device has been disconnected" }));
  const get = async <T>(url: string): Promise<T> => (await (await request.get(url)).json()) as T;
  const chats = await get<{ items: { id: string }[] }>(`/api/chats?q=${encodeURIComponent(chatName)}`);
  const events = await get<{ items: { id: string }[] }>(`/api/events?instanceId=${instanceId}`);
  let incidents: { items: { id: string }[] } = { items: [] };
  await expect.poll(async () => (incidents = await get<typeof incidents>(`/api/incidents?instanceId=${instanceId}`)).items.length).toBeGreaterThan(0);
  const found = { chatId: chats.items[0]?.id, instanceId, messageId, "events/id": events.items[0]?.id, "incidents/id": incidents.items[0]?.id, missing: "pagina-que-nao-existe" };
  return Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => e[1] !== undefined));
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page has no serious or critical accessibility violation (${colorScheme})`, async ({ page, context, browser, baseURL }) => {
    test.setTimeout(900_000);
    await logIn(context);
    const pages = listPages(await seed(page.request));
    for (const p of pages) {
      if (p.path === null) test.info().annotations.push({ type: "page not scanned", description: `app/${p.file}: ${p.skipped}` });
    }
    const paths = pages.flatMap((p) => (p.path === null || p.path === "/login" ? [] : [p.path]));
    expect(paths).toContain("/");

    await page.emulateMedia({ colorScheme });
    const found: Found[] = [];
    for (const path of paths) {
      await page.goto(path);
      await settle(page);
      const here = await scan(page, path);
      for (const f of here) console.log(`[${colorScheme}] ${f.page}: ${f.id} (${f.impact}) ${f.target} — ${f.help}`);
      found.push(...here);
    }
    // The login page as a stranger sees it (signed in, it sends you on).
    const stranger = await browser.newContext({ colorScheme, locale: "pt-BR" });
    const login = await stranger.newPage();
    await login.goto(`${baseURL ?? ""}/login`);
    await settle(login);
    found.push(...(await scan(login, "/login")));
    await stranger.close();

    for (const f of found) console.log(`[${colorScheme}] ${f.page}: ${f.id} (${f.impact}) ${f.target} — ${f.help}`);
    expect(found.map((f) => `${f.page} ${f.id} ${f.target}`)).toEqual([]);
  });
}

test("keyboard: Tab walks every page without losing the focus, and every stop shows the one focus ring", async ({ page, context }) => {
  test.setTimeout(900_000);
  await logIn(context);
  const paths = listPages(await seed(page.request)).flatMap((p) => (p.path === null || p.path === "/login" ? [] : [p.path]));
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    const seen = new Set<string>();
    // Enough stops to pass the navigation and reach each page's own lists and controls.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}[${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}]`;
        // The shared ring (components/ui/focus-ring.ts) is a solid outline; form fields may use a ring shadow instead.
        const ringed = style.outlineStyle === "solid" || (style.boxShadow !== "none" && /input|select|textarea/i.test(el.tagName));
        return { key: `${name}@${Math.round(rect.x)},${Math.round(rect.y)}`, name, ringed, sized: rect.width > 0 && rect.height > 0 };
      });
      if (stop === null) {
        if (i === 0) problems.push(`${path}: the first Tab focuses nothing`);
        break;
      }
      if (seen.has(stop.key)) break; // wrapped around
      seen.add(stop.key);
      if (!stop.ringed) problems.push(`${path}: ${stop.name} has no visible focus ring`);
      if (!stop.sized) problems.push(`${path}: ${stop.name} takes focus but is not visible`);
    }
  }
  expect(problems).toEqual([]);
});
