import { expect, type Locator, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { fixture, postWebhook, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

// Live lists hold the reader's place (components/live-list/use-held-list.ts): rows under the reader's
// pointer, focus or scroll do not move while webhooks keep arriving; the new ones wait behind "N novos".

async function postUnrecognised(page: Page, instanceId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await postWebhook(page.request, { type: "HoldTestCallback", instanceId, momment: Date.now(), n: i });
  }
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("row not laid out");
  return box.y;
}

test("the event log holds the hovered row in place and counts what queued", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  await postUnrecognised(page, instanceId, 6);
  await page.goto("/events");
  await expectLive(page);
  const rows = page.getByTestId("event-log").getByTestId("event-row");
  const read = rows.nth(3);
  const readId = await read.getAttribute("data-event-id");
  const row = page.locator(`[data-testid="event-row"][data-event-id="${readId}"]`);
  await row.hover();
  const before = await top(row);

  await postUnrecognised(page, instanceId, 3);
  const pill = page.getByTestId("new-items-pill");
  await expect(pill).toHaveAttribute("data-count", "3");
  await expect(pill).toHaveText("3 novos");
  expect(await top(row)).toBe(before);
  await expect(rows.nth(3)).toHaveAttribute("data-event-id", readId ?? "");

  // More while the pointer stays: still held, the count follows.
  await postUnrecognised(page, instanceId, 2);
  await expect(pill).toHaveAttribute("data-count", "5");
  expect(await top(row)).toBe(before);

  await pill.click();
  await expect(pill).toHaveCount(0);
  await expect(rows.nth(8)).toHaveAttribute("data-event-id", readId ?? "");
});

test("the event log holds its place while scrolled down, and the pill brings the top back", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  await postUnrecognised(page, instanceId, 12);
  await page.setViewportSize({ width: 1440, height: 500 });
  await page.goto("/events");
  await expectLive(page);
  const rows = page.getByTestId("event-log").getByTestId("event-row");
  const readId = await rows.nth(6).getAttribute("data-event-id");
  const row = page.locator(`[data-testid="event-row"][data-event-id="${readId}"]`);
  await page.mouse.move(5, 5); // over nothing: only the scroll holds the list
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  const before = await top(row);

  await postUnrecognised(page, instanceId, 4);
  const pill = page.getByTestId("new-items-pill");
  await expect(pill).toHaveAttribute("data-count", "4");
  await expect(pill).toBeInViewport();
  expect(await top(row)).toBe(before);

  await pill.click();
  await expect(pill).toHaveCount(0);
  await expect(rows.first()).toBeInViewport();
  await expect(rows.nth(10)).toHaveAttribute("data-event-id", readId ?? "");
});

test("at the top and untouched, the dashboard feeds take new items straight in (en)", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en" });
  await logIn(context);
  const page = await context.newPage();
  await page.goto("/");
  await expectLive(page);
  await page.mouse.move(5, 5);
  const instanceId = uniqueInstanceId();
  await postWebhook(page.request, fixture("connected", { instanceId, phone: "5511955550000", momment: Date.now() }));
  const feed = page.getByTestId("event-feed");
  await expect(feed.getByTestId("event-row").first()).toContainText("+55 (11) 95555-0000");
  await expect(page.getByTestId("new-items-pill")).toHaveCount(0);

  // Now the reader hovers a row of the feed: the next ones queue, in English words.
  const read = feed.getByTestId("event-row").nth(2);
  const readId = await read.getAttribute("data-event-id");
  await read.hover();
  const before = await top(read);
  await postUnrecognised(page, instanceId, 2);
  const pill = page.locator('section[aria-labelledby="events-title"]').getByTestId("new-items-pill");
  await expect(pill).toHaveText("2 new");
  expect(await top(feed.locator(`[data-event-id="${readId}"]`))).toBe(before);
  await context.close();
});
