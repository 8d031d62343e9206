import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

test("the event log follows its filter live", async ({ page, context }) => {
  await logIn(context);
  await page.goto("/events?type=ConnectedCallback");
  await expect(page.getByRole("heading", { level: 1, name: pt.events.title })).toBeVisible();
  await expect(page.locator('[role="status"][data-status="live"]')).toBeVisible();

  const instanceId = uniqueInstanceId();
  const phone = `55119${String(Date.now()).slice(-8)}`;
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() }));
  await postWebhook(page.request, fixture("connected", { instanceId, phone, momment: Date.now() }));

  const rows = page.getByTestId("event-row").filter({ hasText: `+55 (11) 9${phone.slice(5, 9)}-${phone.slice(9)}` });
  await expect(rows.filter({ hasText: "ConnectedCallback" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "ReceivedCallback" })).toHaveCount(0);

  // The filter form navigates client-side: the live connection survives.
  await page.getByLabel(pt.events.filterType).selectOption("");
  await page.getByRole("button", { name: pt.events.apply }).click();
  await expect(page).toHaveURL(/\/events\?type=$/);
  await expect(rows.filter({ hasText: "ReceivedCallback" })).toHaveCount(1);
});
