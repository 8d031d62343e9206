import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

test("an event row opens by keyboard onto the event: time, headers, pretty body with copy, result, what it changed", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  const text = `Pedido ${messageId} confirmado`;
  await postWebhook(page.request, fixture("connected", { instanceId, phone: "5511944443333", momment: Date.now() }));
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId, momment: Date.now(), chatName: "Cliente Detalhe", senderName: "Cliente Detalhe", text: { message: text } }),
  );
  const listed = (await (await page.request.get(`/api/events?instanceId=${instanceId}&type=ReceivedCallback`)).json()) as {
    items: { id: string; result: string }[];
  };
  const eventId = listed.items[0]?.id ?? "";
  await expect.poll(async () => ((await (await page.request.get(`/api/events/${eventId}`)).json()) as { result: string }).result).toBe("ok");

  await page.goto("/events");
  const link = page.locator(`[data-testid="event-row"][data-event-id="${eventId}"] a[href="/events/${eventId}"]`);
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));

  await expect(page.getByRole("heading", { level: 1, name: "Mensagem" })).toBeVisible();
  await expect(page.getByText(`nº ${eventId}`)).toBeVisible();
  const body = page.getByTestId("event-body");
  await expect(body).toContainText(`  "messageId": "${messageId}"`); // indented: pretty-printed
  await expect(page.getByTestId("event-headers")).toContainText("content-type");
  await expect(page.getByTestId("event-summary")).toContainText(pt.events.result.ok);

  const changes = page.getByTestId("event-changes");
  await expect(changes.getByRole("link", { name: "+55 (11) 94444-3333" })).toHaveAttribute("href", `/events?instanceId=${instanceId}`);
  const message = changes.getByTestId("event-change-message");
  await expect(message).toContainText(pt.eventDetail.messageCreated);
  await expect(message).toContainText(text);
  await expect(message.getByRole("link", { name: "Cliente Detalhe" })).toHaveAttribute("href", /^\/chats\/[0-9a-f-]{36}$/);

  await page.getByRole("button", { name: pt.eventDetail.copy }).click();
  const raw = ((await (await page.request.get(`/api/events/${eventId}`)).json()) as { body: string }).body;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(raw);

  // The admin's "process again": it queues, and the result stays what the same body gives.
  await page.getByRole("button", { name: pt.events.reprocessLabel.replace("{id}", eventId) }).click();
  await expect(page.getByText(pt.events.reprocessQueued)).toBeVisible();
  await expect(page.getByTestId("event-summary")).toContainText(pt.events.result.ok);
});

test("the detail of a receipt says what it recorded, in English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en" });
  await logIn(context);
  const page = await context.newPage();
  const instanceId = uniqueInstanceId();
  await postWebhook(page.request, fixture("status-read", { instanceId, ids: ["3EB0UNKNOWN1"], phone: "5511900001111", momment: Date.now() }));
  const listed = (await (await page.request.get(`/api/events?instanceId=${instanceId}`)).json()) as { items: { id: string }[] };
  const eventId = listed.items[0]?.id ?? "";
  await expect.poll(async () => ((await (await page.request.get(`/api/events/${eventId}`)).json()) as { result: string }).result).not.toBe("pending");
  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole("link", { name: en.eventDetail.back })).toHaveAttribute("href", "/events");
  await expect(page.getByTestId("event-changes")).toContainText(en.eventDetail.receipt.replace("{status}", "Read"));
  await context.close();
});
