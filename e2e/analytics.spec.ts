import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { DEFAULT_TIME_ZONE } from "../i18n/config";
import { dateToWallClock } from "../lib/analytics/wall-clock";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { expectLive } from "./support/live";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

// The analytics page (app/(dashboard)/analytics/page.tsx) reads only the rollups the database keeps as the
// normaliser writes (prisma/migrations/20261202073000_analytics/migration.sql): real webhooks in, charts out.

const MIN = 60_000;
const instanceId = uniqueInstanceId();

const receipt = (inst: string, id: string, status: string, momment: number) => fixture("status-read", { instanceId: inst, ids: [id], status, momment, phone: "5511955550001" });

/** Our message sent `agoMs` ago, then its receipts after the given gaps (null: not that far). */
async function sendWithReceipts(request: APIRequestContext, agoMs: number, deliveredAfterMs: number | null, readAfterMs: number | null, inst = instanceId): Promise<void> {
  const id = uniqueId("3EB0");
  const sent = Date.now() - agoMs;
  await postWebhook(request, fixture("received-text", { instanceId: inst, messageId: id, momment: sent, fromMe: true, fromApi: true, phone: "5511955550001", chatName: "Cliente Análise", text: { message: `Pedido ${id.slice(-4)}` } }));
  await postWebhook(request, receipt(inst, id, "SENT", sent + 300));
  if (deliveredAfterMs === null) return;
  await postWebhook(request, receipt(inst, id, "RECEIVED", sent + 300 + deliveredAfterMs));
  if (readAfterMs !== null) await postWebhook(request, receipt(inst, id, "READ", sent + 300 + deliveredAfterMs + readAfterMs));
}

async function receive(request: APIRequestContext, inst: string, agoMs: number): Promise<void> {
  await postWebhook(request, fixture("received-text", { instanceId: inst, messageId: uniqueId("3EB1"), momment: Date.now() - agoMs, phone: "5511955559999", text: { message: "Oi" } }));
}

/** `minutes` from now as the page's date-and-time fields write it (the dashboard's zone, i18n/config.ts). */
const wallClock = (minutes: number) => dateToWallClock(new Date(Date.now() + minutes * MIN), DEFAULT_TIME_ZONE);

/** One branch of an ICU `select` message, its `{name}` arguments filled in. */
function branch(icu: string, key: string, args: Record<string, string> = {}): string {
  const m = new RegExp(`\\b${key} \\{((?:[^{}]|\\{[^{}]*\\})*)\\}`).exec(icu);
  if (!m?.[1]) throw new Error(`no branch ${key} in ${icu}`);
  return m[1].replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}

const tile = (page: Page, label: string) => page.locator("dl > div").filter({ hasText: label }).locator("dd").first();

async function seedTraffic(request: APIRequestContext): Promise<void> {
  const gaps = [800, 1_500, 2_200, 3_000, 4_500, 6_000, 9_000, 15_000, 40_000, 90_000];
  for (let i = 0; i < 18; i++) {
    const delivered = i % 6 === 5 ? null : (gaps[i % gaps.length] as number);
    await sendWithReceipts(request, (55 - i * 3) * MIN, delivered, i % 3 === 0 ? null : (gaps[(i * 7) % gaps.length] as number) * 4);
  }
  for (let i = 0; i < 10; i++) {
    await postWebhook(request, fixture("received-text", { instanceId, messageId: uniqueId("3EB1"), momment: Date.now() - (50 - i * 5) * MIN, phone: `551195555${String(1000 + i)}`, text: { message: "Oi" } }));
  }
  for (let i = 0; i < 2; i++) {
    await postWebhook(request, fixture("delivery-error-shadow-ban", { instanceId, messageId: uniqueId("3EB2"), zaapId: uniqueId("Z"), momment: Date.now() - (20 + i) * MIN }));
  }
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  await seedTraffic(context.request);
  await context.close();
});

test("the charts render with the posted traffic and follow new webhooks live", async ({ page, context }) => {
  await logIn(context);
  await page.goto(`/analytics?instance=${instanceId}&range=1h`);
  await expect(page.getByRole("heading", { level: 1, name: pt.analytics.title })).toBeVisible();
  const sentTile = tile(page, pt.analytics.outgoing);
  // 18 sent, and the 2 failed sends Z-API reported (a DeliveryCallback makes the message known, lib/normaliser/apply-delivery.ts).
  await expect(sentTile).toHaveText("20");
  await expect(page.getByTestId("latency-table")).toContainText("p90");
  await expect(page.getByTestId("chart-volume").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-rates").locator(".recharts-line-curve").first()).toBeVisible();
  await expect(page.getByTestId("chart-sentToDelivered").locator(".recharts-line-curve").first()).toBeVisible();
  await expect(page.getByTestId("chart-failures")).toContainText("SHADOW_BAN");

  // Live: the page re-reads a few seconds after webhooks are processed.
  await expectLive(page);
  await sendWithReceipts(page.request, 2 * MIN, 1_000, null);
  await expect(sentTile).toHaveText("21", { timeout: 20_000 });

  // The JSON twin, and its refusal of a bad period.
  const api = await page.request.get(`/api/analytics?instance=${instanceId}&range=1h`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { totals: { outgoing: number }; sentToDelivered: { count: number } };
  expect(body.totals.outgoing).toBe(21);
  expect(body.sentToDelivered.count).toBe(16);
  expect((await page.request.get("/api/analytics?range=2y")).status()).toBe(400);
});

test("an instance with nothing in the period shows the empty state", async ({ page, context }) => {
  await logIn(context);
  await page.goto(`/analytics?instance=${uniqueInstanceId()}&range=1h`);
  await expect(page.getByTestId("analytics-empty")).toContainText(pt.analytics.emptyTitle);
});

test("a custom period chosen in the form is in the URL and counts only what falls inside it", async ({ page, context }) => {
  await logIn(context);
  const inst = uniqueInstanceId();
  // Ours 50, 40, 30, 20 and 10 minutes ago, theirs 35 and 5: the period from 45 to 15 minutes ago holds 3 and 1.
  for (const ago of [50, 40, 30, 20, 10]) await sendWithReceipts(page.request, ago * MIN, 2_000, null, inst);
  for (const ago of [35, 5]) await receive(page.request, inst, ago * MIN);

  await page.goto(`/analytics?instance=${inst}&range=1h`);
  await expect(tile(page, pt.analytics.outgoing)).toHaveText("5");
  await page.getByLabel(pt.analytics.filterRange, { exact: true }).selectOption("custom");
  const from = wallClock(-45);
  const to = wallClock(-15);
  await page.getByLabel(pt.analyticsPeriod.from, { exact: true }).fill(from);
  await page.getByLabel(pt.analyticsPeriod.to, { exact: true }).fill(to);
  await page.getByRole("button", { name: pt.analytics.apply }).click();

  // A client navigation (next/form): generous, since the shared machine can be slow to stream the new page.
  await expect(page).toHaveURL(/range=custom/, { timeout: 30_000 });
  const params = new URL(page.url()).searchParams;
  expect([params.get("instance"), params.get("range"), params.get("from"), params.get("to")]).toEqual([inst, "custom", from, to]);
  await expect(tile(page, pt.analytics.outgoing)).toHaveText("3");
  await expect(tile(page, pt.analytics.incoming)).toHaveText("1");
  await expect(page.getByTestId("analytics-period")).toBeVisible();
  // The form shows the period it is showing.
  await expect(page.getByLabel(pt.analyticsPeriod.from, { exact: true })).toHaveValue(from);

  // The JSON twin answers the same link with the same figures, and the preset still sees all five.
  const custom = (await (await page.request.get(`/api/analytics?${params.toString()}`)).json()) as { range: string; ongoing: boolean; totals: { outgoing: number; incoming: number; delivered: number } };
  expect(custom).toMatchObject({ range: "custom", ongoing: false, totals: { outgoing: 3, incoming: 1, delivered: 3 } });
  const hour = (await (await page.request.get(`/api/analytics?instance=${inst}&range=1h`)).json()) as { totals: { outgoing: number; incoming: number } };
  expect(hour.totals).toMatchObject({ outgoing: 5, incoming: 2 });
});

test("a custom period that reaches now follows new webhooks live; one that has ended stays as it was read", async ({ browser }) => {
  // Two pages, six webhooks and three re-reads: more than the default on a loaded shared machine (a hang detector).
  test.setTimeout(300_000);
  const context = await browser.newContext();
  await logIn(context);
  const inst = uniqueInstanceId();
  await sendWithReceipts(context.request, 30 * MIN, 1_000, null, inst);
  const ongoing = await context.newPage();
  const ended = await context.newPage();
  const link = (fromMin: number, toMin: number) => `/analytics?instance=${inst}&range=custom&from=${wallClock(fromMin)}&to=${wallClock(toMin)}`;
  await ongoing.goto(link(-60, 60));
  await ended.goto(link(-60, -10));
  for (const page of [ongoing, ended]) {
    await expect(tile(page, pt.analytics.outgoing)).toHaveText("1");
    await expectLive(page);
  }
  await expect(ended.getByTestId("analytics-period")).toContainText(pt.analyticsPeriod.ended);
  await expect(ongoing.getByTestId("analytics-period")).not.toContainText(pt.analyticsPeriod.ended);

  // Two rounds of messages inside both periods: the ongoing page re-reads after each, the ended one never does.
  await sendWithReceipts(context.request, 20 * MIN, 1_000, null, inst);
  await expect(tile(ongoing, pt.analytics.outgoing)).toHaveText("2", { timeout: 20_000 });
  await sendWithReceipts(context.request, 25 * MIN, 1_000, null, inst);
  await expect(tile(ongoing, pt.analytics.outgoing)).toHaveText("3", { timeout: 20_000 });
  await expect(tile(ended, pt.analytics.outgoing)).toHaveText("1");
  // Reading it again counts them: they are in its period, it just does not follow.
  await ended.reload();
  await expect(tile(ended, pt.analytics.outgoing)).toHaveText("3");
  await context.close();
});

test("a bad custom period in the URL says what is wrong in the reader's words and shows the last 24 hours", async ({ browser }) => {
  test.setTimeout(300_000); // six page loads in two languages
  for (const [locale, messages] of Object.entries({ "pt-BR": pt, en })) {
    const context = await browser.newContext({ locale });
    await logIn(context);
    const page = await context.newPage();
    await page.goto(`/analytics?instance=${instanceId}&range=custom&from=2026-12-02T12:00&to=2026-12-02T10:00`);
    // (Next's route announcer is an alert too: the one meant here holds the problem.)
    const alert = page.getByRole("alert").filter({ has: page.getByTestId("analytics-period-problem") });
    await expect(alert).toContainText(branch(messages.analyticsPeriod.problem, "order"));
    await expect(alert).toContainText(messages.analyticsPeriod.showingInstead);
    // Nothing else breaks: the figures of the last 24 hours, and the form keeps what was typed to correct it.
    await expect(tile(page, messages.analytics.outgoing)).not.toHaveText("0");
    await expect(page.getByLabel(messages.analyticsPeriod.to, { exact: true })).toHaveValue("2026-12-02T10:00");
    await page.goto(`/analytics?range=custom&from=2026-10-01T00:00&to=2026-12-02T00:00`);
    await expect(page.getByTestId("analytics-period-problem")).toHaveText(branch(messages.analyticsPeriod.problem, "tooLong", { maxDays: "31" }));
    await page.goto(`/analytics?range=custom&from=depois&to=2026-12-02T00:00`);
    await expect(page.getByTestId("analytics-period-problem")).toHaveText(branch(messages.analyticsPeriod.problem, "fromInvalid"));
    await context.close();
  }
  const context = await browser.newContext();
  await logIn(context);
  const api = await context.request.get("/api/analytics?range=custom&from=2026-12-02T12:00&to=2026-12-02T10:00");
  expect(api.status()).toBe(400);
  const body = (await api.json()) as { error: { code: string; details: { field: string; message: string }[] } };
  expect(body.error.code).toBe("invalid_query");
  expect(body.error.details).toEqual([{ field: "to", message: "`from` must be at least a minute before `to`" }]);
  await context.close();
});

test("on a 390 px phone the latency table fits its card, the count of pairs under each name", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  await logIn(context);
  const page = await context.newPage();
  await page.goto(`/analytics?instance=${instanceId}&range=1h`);
  const table = page.getByTestId("latency-table");
  await expect(table).toContainText("p99");
  const fit = await table.evaluate((el) => {
    const card = el.parentElement as HTMLElement;
    return { table: [el.scrollWidth, el.clientWidth], card: [card.scrollWidth, card.clientWidth] };
  });
  expect(fit.table[0], `table ${fit.table.join(" > ")}`).toBeLessThanOrEqual(fit.table[1] as number);
  expect(fit.card[0], `card ${fit.card.join(" > ")}`).toBeLessThanOrEqual(fit.card[1] as number);
  // The count left its column but not the page.
  const api = (await (await page.request.get(`/api/analytics?instance=${instanceId}&range=1h`)).json()) as { sentToDelivered: { count: number } };
  await expect(table.getByRole("rowheader").first()).toContainText(`${api.sentToDelivered.count} ${api.sentToDelivered.count === 1 ? "medida" : "medidas"}`);
  await context.close();
});

for (const { suffix, messages, phone, contextOptions } of screenCombos()) {
  test(`analytics ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const page = await context.newPage();
    await page.goto(`/analytics?instance=${instanceId}&range=1h`);
    await expect(page.getByRole("heading", { level: 1, name: messages.analytics.title })).toBeVisible();
    await expect(page.getByTestId("chart-deliveredToRead").locator(".recharts-line-curve").first()).toBeVisible();
    await saveScreenshot(page, `analytics-${suffix}`, { firstScreen: phone });
    await context.close();
  });
}

// The custom period open in the form (an ended hour of the seeded traffic).
for (const { theme, suffix, messages, phone, contextOptions } of screenCombos()) {
  test(`analytics custom period ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const page = await context.newPage();
    // A production build says "Minified React error #418" (and its neighbours) for a hydration mismatch.
    const hydration: string[] = [];
    const note = (text: string) => {
      if (/hydrat|react error #4(1[89]|2\d)\b/i.test(text)) hydration.push(text);
    };
    page.on("console", (m) => {
      if (m.type() === "error") note(m.text());
    });
    page.on("pageerror", (e) => note(e.message));
    await page.goto(`/analytics?instance=${instanceId}&range=custom&from=${wallClock(-60)}&to=${wallClock(-5)}`);
    await expect(page.getByLabel(messages.analyticsPeriod.from, { exact: true })).toBeVisible();
    // The server's and the browser's words for the period agree well enough to hydrate (a mismatch re-rendered
    // the page from scratch and lost the theme the inline script had set).
    await expect(page.getByTestId("analytics-period")).toBeVisible();
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(hydration).toEqual([]);
    await expect(page.getByTestId("chart-volume").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await saveScreenshot(page, `analytics-custom-${suffix}`, { firstScreen: phone });
    await context.close();
  });
}
