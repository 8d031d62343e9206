import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { seedDashboard } from "./support/seed-dashboard";
import { seedTraffic } from "./support/seed-traffic";
import { expectLive } from "./support/live";

// Pictures of what issue 10's "first hour" parts change, for people to look at: desktop and phone, light and
// dark, pt-BR and en. Each still asserts what the picture is meant to show.

let eventId = "";

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  await seedTraffic(context.request, 12);
  await seedDashboard(context.request);
  const events = (await (await context.request.get("/api/events?type=ReceivedCallback")).json()) as { items: { id: string }[] };
  eventId = events.items[0]?.id ?? "";
  await context.close();
});

for (const { suffix, messages, phone, contextOptions } of screenCombos()) {
  test(`first-hour dashboard ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: messages.dashboard.title })).toBeVisible();
    await expectLive(page);
    await expect(page.getByTestId("message-row").first()).toBeVisible();
    if (phone) {
      await expect(page.getByTestId("message-via").first()).toBeVisible();
      await expect(page.getByRole("link", { name: messages.feedMore.seeAllEvents })).toHaveAttribute("href", "/events");
      // A few of each on a phone; the messages open in place.
      await expect(page.getByTestId("message-row").filter({ visible: true })).toHaveCount(5);
      await expect(page.getByTestId("event-row").filter({ visible: true })).toHaveCount(5);
    }
    await saveScreenshot(page, `first-hour-dashboard-${suffix}`, { firstScreen: phone });
    if (phone) {
      await page.getByRole("button", { name: /^(Ver todas as|See all) \d+/ }).click();
      await expect.poll(() => page.getByTestId("message-row").filter({ visible: true }).count()).toBeGreaterThan(5);
    }
    await context.close();
  });

  test(`first-hour event detail ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const page = await context.newPage();
    await page.goto(`/events/${eventId}`);
    await expect(page.getByRole("heading", { level: 2, name: messages.eventDetail.bodyTitle })).toBeVisible();
    await expectLive(page);
    await saveScreenshot(page, `first-hour-event-detail-${suffix}`, { firstScreen: phone });
    await context.close();
  });
}
