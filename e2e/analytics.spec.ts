import { type APIRequestContext, expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { saveScreenshot } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

// The analytics page (app/(dashboard)/analytics/page.tsx) reads only the rollups the database keeps as the
// normaliser writes (prisma/migrations/20261202073000_analytics/migration.sql): real webhooks in, charts out.

const MIN = 60_000;
const instanceId = uniqueInstanceId();

const receipt = (id: string, status: string, momment: number) => fixture("status-read", { instanceId, ids: [id], status, momment, phone: "5511955550001" });

/** Our message sent `agoMs` ago, then its receipts after the given gaps (null: not that far). */
async function sendWithReceipts(request: APIRequestContext, agoMs: number, deliveredAfterMs: number | null, readAfterMs: number | null): Promise<void> {
  const id = uniqueId("3EB0");
  const sent = Date.now() - agoMs;
  await postWebhook(request, fixture("received-text", { instanceId, messageId: id, momment: sent, fromMe: true, fromApi: true, phone: "5511955550001", chatName: "Cliente Análise", text: { message: `Pedido ${id.slice(-4)}` } }));
  await postWebhook(request, receipt(id, "SENT", sent + 300));
  if (deliveredAfterMs === null) return;
  await postWebhook(request, receipt(id, "RECEIVED", sent + 300 + deliveredAfterMs));
  if (readAfterMs !== null) await postWebhook(request, receipt(id, "READ", sent + 300 + deliveredAfterMs + readAfterMs));
}

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
  const sentTile = page.locator("dl > div").filter({ hasText: pt.analytics.outgoing }).locator("dd").first();
  // 18 sent, and the 2 failed sends Z-API reported (a DeliveryCallback makes the message known, lib/normaliser/apply-delivery.ts).
  await expect(sentTile).toHaveText("20");
  await expect(page.getByTestId("latency-table")).toContainText("p90");
  await expect(page.getByTestId("chart-volume").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-rates").locator(".recharts-line-curve").first()).toBeVisible();
  await expect(page.getByTestId("chart-sentToDelivered").locator(".recharts-line-curve").first()).toBeVisible();
  await expect(page.getByTestId("chart-failures")).toContainText("SHADOW_BAN");

  // Live: the page re-reads a few seconds after webhooks are processed.
  await expect(page.locator('[role="status"][data-status="live"]')).toBeVisible();
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

const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
for (const [locale, messages] of Object.entries({ "pt-BR": pt, en })) {
  for (const theme of ["light", "dark"] as const) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      const suffix = `${theme}-${viewportName}-${locale}`;
      test(`analytics ${suffix}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport, colorScheme: theme, locale, isMobile: viewportName === "phone" });
        await logIn(context);
        const page = await context.newPage();
        await page.goto(`/analytics?instance=${instanceId}&range=1h`);
        await expect(page.getByRole("heading", { level: 1, name: messages.analytics.title })).toBeVisible();
        await expect(page.getByTestId("chart-deliveredToRead").locator(".recharts-line-curve").first()).toBeVisible();
        await saveScreenshot(page, `analytics-${suffix}`, { firstScreen: viewportName === "phone" });
        await context.close();
      });
    }
  }
}
