import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

// The Events page's filters (app/(dashboard)/events/event-filters.tsx): a value it has no option for is shown
// as itself, an invalid one is named with a way to clear it, and instance, phone and body text narrow the log.

const f = pt.eventFilters;

test("a type Vigia does not list is shown as itself, not as 'Todos' over an empty list; an invalid value is named and cleared", async ({ context, page }) => {
  await logIn(context);
  await page.goto("/events?type=Bogus");
  await expect(page.getByLabel(pt.events.filterType)).toHaveValue("Bogus");
  await expect(page.getByLabel(pt.events.filterType).locator("option:checked")).toHaveText(f.unlisted.replace("{value}", "Bogus"));
  await expect(page.getByText(pt.events.emptyFiltered)).toBeVisible();

  await page.goto("/events?result=nope&phone=abc");
  const alert = page.getByTestId("invalid-filters");
  await expect(alert).toContainText("result=nope, phone=abc");
  await alert.getByRole("link", { name: pt.events.clear }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByTestId("invalid-filters")).toHaveCount(0);
});

test("filter by instance, by phone number and by text in the raw body", async ({ context, page }) => {
  await logIn(context);
  const a = uniqueInstanceId();
  const b = uniqueInstanceId();
  const word = uniqueId("palavra");
  await postWebhook(context.request, fixture("received-text", { instanceId: a, messageId: uniqueId("3EB0"), phone: "5511911112222", text: { message: `pedido ${word}` } }));
  await postWebhook(context.request, fixture("received-text", { instanceId: b, messageId: uniqueId("3EB0"), phone: "5511911112222", text: { message: "outro assunto" } }));
  await postWebhook(context.request, fixture("received-text", { instanceId: b, messageId: uniqueId("3EB0"), phone: "5521933334444", text: { message: `mais ${word}` } }));

  await page.goto(`/events?instanceId=${b}`);
  await expect(page.getByLabel(f.instance)).toHaveValue(b);
  await expect(page.getByTestId("event-row")).toHaveCount(2);
  const rowsFor = async (query: string) => {
    await page.goto(`/events?${query}`);
    const r = await page.request.get(`/api/events?${query}`);
    return ((await r.json()) as { items: { instanceId: string }[] }).items.map((e) => e.instanceId);
  };
  expect(await rowsFor(`instanceId=${b}`)).toEqual([b, b]);
  expect(await rowsFor(`q=${word}`)).toEqual([b, a]);
  expect(await rowsFor(`q=${word}&instanceId=${a}`)).toEqual([a]);

  // Through the form, as a person would: the phone as they type it, then the text.
  await page.goto("/events");
  await page.getByLabel(f.phone).fill("+55 21 93333-4444");
  await page.getByRole("button", { name: pt.events.apply }).click();
  await expect(page).toHaveURL(/phone=/);
  await expect(page.getByText(pt.events.searchNote)).toBeVisible();
  await page.getByLabel(f.search).fill(word);
  await page.getByRole("button", { name: pt.events.apply }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await saveScreenshot(page, "events-filtered-light-desktop-pt-BR");
});
