import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

test("the event log follows its filter live", async ({ page, context }) => {
  await logIn(context);
  await page.goto("/events?type=ConnectedCallback");
  await expect(page.getByRole("heading", { level: 1, name: pt.events.title })).toBeVisible();
  await expectLive(page);

  const instanceId = uniqueInstanceId();
  const phone = `55119${String(Date.now()).slice(-8)}`;
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() }));
  await postWebhook(page.request, fixture("connected", { instanceId, phone, momment: Date.now() }));

  const rows = page.getByTestId("event-row").filter({ hasText: `+55 (11) 9${phone.slice(5, 9)}-${phone.slice(9)}` });
  await expect(rows.filter({ hasText: "ConnectedCallback" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "ReceivedCallback" })).toHaveCount(0);

  // The filter form navigates client-side (no document load): the live connection survives.
  await page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));
  await page.getByLabel(pt.events.filterType).selectOption("");
  await page.getByRole("button", { name: pt.events.apply }).click();
  await expect(page).not.toHaveURL(/ConnectedCallback/);
  expect(await page.evaluate(() => "__e2eNoReload" in window)).toBe(true);
  await expect(rows.filter({ hasText: "ReceivedCallback" })).toHaveCount(1);
});
