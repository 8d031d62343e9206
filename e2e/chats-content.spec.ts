import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

const FIXTURES = process.env.ZAPI_FIXTURES_DIR ?? path.resolve(import.meta.dirname, "../fixtures/zapi");
/** Reactions are chips on their message, not bubbles of their own: they have their own test below. */
const ReceivedFixtures = readdirSync(FIXTURES)
  .filter((f) => /^received-.*\.json$/.test(f) && !f.startsWith("received-reaction"))
  .map((f) => f.replace(/\.json$/, ""));

async function chatIdOf(page: Page, instanceId: string, phone: string): Promise<string> {
  const response = await page.request.get(`/api/chats?instanceId=${instanceId}&limit=200`);
  const { items } = (await response.json()) as { items: { id: string; phone: string }[] };
  const chat = items.find((c) => c.phone === phone);
  expect(chat, `a chat for ${phone}`).toBeTruthy();
  return chat?.id ?? "";
}

async function openChat(page: Page, instanceId: string, phone: string): Promise<void> {
  await expect.poll(() => chatIdOf(page, instanceId, phone).catch(() => "")).not.toBe("");
  await page.goto(`/chats/${await chatIdOf(page, instanceId, phone)}`);
  await expectLive(page);
}

test("every received fixture renders as its own bubble, never blank and never 'unsupported'", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const privatePhone = `55119${String(Date.now()).slice(-8)}`;
  const groupPhone = `120363${String(Date.now()).slice(-10)}-group`;
  const start = Date.now() - ReceivedFixtures.length * 1000;
  const posted: { name: string; messageId: string; phone: string }[] = [];
  for (const [i, name] of ReceivedFixtures.entries()) {
    const body = fixture(name);
    const phone = body.isGroup === true ? groupPhone : privatePhone;
    const messageId = uniqueId("3EB0");
    await postWebhook(page.request, fixture(name, { instanceId, messageId, phone, chatLid: null, momment: start + i * 1000, referenceMessageId: null }));
    posted.push({ name, messageId, phone });
  }
  for (const phone of [privatePhone, groupPhone]) {
    await openChat(page, instanceId, phone);
    for (const { name, messageId } of posted.filter((p) => p.phone === phone)) {
      const item = page.locator(`[data-message-id="${messageId}"]`);
      await expect(item, name).toHaveCount(1);
      await expect(item.getByTestId("unsupported"), name).toHaveCount(0);
      expect((await item.innerText()).trim().length, `${name} is not blank`).toBeGreaterThan(3);
    }
  }
});

test("an unknown content kind shows the unsupported bubble with its raw JSON on demand", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55119${String(Date.now()).slice(-8)}`;
  const messageId = uniqueId("3EB0");
  const { text: _text, ...body } = fixture("received-text");
  await postWebhook(page.request, { ...body, instanceId, messageId, phone, chatLid: null, momment: Date.now(), hologramMessage: { depth: 3 } });
  await openChat(page, instanceId, phone);
  const bubble = page.locator(`[data-message-id="${messageId}"]`);
  await expect(bubble.getByTestId("unsupported")).toBeVisible();
  await bubble.getByText(pt.chats.bubble.showRaw).click();
  await expect(bubble.locator("pre")).toContainText('"hologramMessage"');
});

test("a reply quotes its original, and a click scrolls to it (loading older pages)", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55219${String(Date.now()).slice(-8)}`;
  const base = Date.now() - 200_000;
  const original = uniqueId("3EB0");
  const send = (i: number, messageId: string, text: string, extra: Record<string, unknown> = {}) =>
    postWebhook(page.request, fixture("received-text", { instanceId, messageId, phone, chatLid: null, momment: base + i * 1000, chatName: "Cliente Paginado", text: { message: text }, ...extra }));
  await send(0, original, "Mensagem original lá do começo");
  for (let i = 1; i <= 70; i++) await send(i, uniqueId("3EB0"), `Enchimento ${i}`);
  await send(71, uniqueId("3EB0"), "Respondendo aquela", { referenceMessageId: original });
  await openChat(page, instanceId, phone);
  const quote = page.getByTestId("reply-quote").last();
  await expect(quote).toBeVisible();
  await expect(page.locator(`[data-message-id="${original}"]`)).toHaveCount(0); // beyond the first page
  await quote.click();
  const target = page.locator(`[data-message-id="${original}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText("Mensagem original lá do começo");
});

test("edits and deletions show their markers live; the edit history opens on demand", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55319${String(Date.now()).slice(-8)}`;
  const messageId = uniqueId("3EB0");
  const now = Date.now();
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId, phone, chatLid: null, momment: now - 5000, text: { message: "Preço: R$ 10" } }));
  await openChat(page, instanceId, phone);
  const bubble = page.locator(`[data-message-id="${messageId}"]`);
  await expect(bubble).toContainText("Preço: R$ 10");
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId, phone, chatLid: null, momment: now - 3000, isEdit: true, editMessageId: uniqueId("3EB0"), text: { message: "Preço: R$ 12" } }),
  );
  await expect(bubble).toContainText("Preço: R$ 12");
  await bubble.getByTestId("edited-mark").click();
  await expect(bubble.getByTestId("edit-history")).toContainText("Preço: R$ 10");
  await postWebhook(page.request, fixture("notification-revoke-captured", { instanceId, messageId, phone, chatLid: null, momment: now - 1000 }));
  await expect(bubble.getByTestId("deleted-mark")).toBeVisible();
});

test("ticks advance as status webhooks arrive and link to the message's timeline", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55419${String(Date.now()).slice(-8)}`;
  const messageId = uniqueId("A500");
  await postWebhook(page.request, fixture("received-text-fromme-phone-captured", { instanceId, messageId, phone, chatLid: null, momment: Date.now() - 4000, status: "SENT", referenceMessageId: null }));
  await openChat(page, instanceId, phone);
  const ticks = page.locator(`[data-message-id="${messageId}"]`).getByTestId("ticks");
  await expect(ticks).toHaveAttribute("data-tick", "sent");
  await expect(ticks).toHaveAttribute("href", `/messages/${instanceId}/${messageId}`);
  await postWebhook(page.request, fixture("status-received", { instanceId, ids: [messageId], phone, momment: Date.now() - 3000 }));
  await expect(ticks).toHaveAttribute("data-tick", "delivered");
  await postWebhook(page.request, fixture("status-read", { instanceId, ids: [messageId], phone, momment: Date.now() - 2000 }));
  await expect(ticks).toHaveAttribute("data-tick", "read");
  // A late "sent" never pulls the ticks back.
  await postWebhook(page.request, fixture("status-sent", { instanceId, ids: [messageId], phone, momment: Date.now() - 1000 }));
  await expect(page.getByTestId("bubble").last()).toBeVisible();
  await expect(ticks).toHaveAttribute("data-tick", "read");
});

test("HTML and javascript: in text, names and links are shown as text and never run", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55519${String(Date.now()).slice(-8)}`;
  const hostile = `<img src=x onerror="window.__xss=1"> javascript:window.__xss=2 <script>window.__xss=3</script>`;
  const name = `<img src=x onerror="window.__xss=4">Mallory`;
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), phone, chatLid: null, momment: Date.now() - 2000, chatName: name, senderName: name, text: { message: hostile, url: "javascript:window.__xss=5", title: "Clique", description: "preview" } }));
  await postWebhook(page.request, fixture("received-image", { instanceId, messageId: uniqueId("3EB0"), phone, chatLid: null, momment: Date.now() - 1000, chatName: name, senderName: name, image: { imageUrl: "javascript:window.__xss=6", caption: "[link](javascript:window.__xss=7)" } }));
  await openChat(page, instanceId, phone);
  await expect(page.getByTestId("bubble-text").first()).toHaveText(hostile);
  await expect(page.getByTestId("conversation-title")).toHaveText(name);
  await page.getByTestId("instance-switch").selectOption(instanceId);
  await expect(page.getByTestId("chat-title").first()).toHaveText(name);
  await page.getByTestId("link-preview").click({ force: true }).catch(() => undefined);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"], img[src^="javascript:"], [onerror]')).toHaveCount(0);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
});

test("reactions show as chips on their message; a removed one goes away", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const phone = `55619${String(Date.now()).slice(-8)}`;
  const messageId = uniqueId("3EB0");
  const now = Date.now();
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId, phone, chatLid: null, momment: now - 5000, text: { message: "Fechado então" } }));
  const react = (value: string, at: number) =>
    postWebhook(page.request, fixture("received-reaction", { instanceId, messageId: uniqueId("3EB0"), phone, chatLid: null, momment: at, reaction: { value, time: at, reactionBy: phone, referencedMessage: { messageId, fromMe: false, phone, participant: null } } }));
  await react("👍", now - 4000);
  await openChat(page, instanceId, phone);
  await expect(page.locator(`[data-message-id="${messageId}"]`).getByTestId("reaction-chip")).toHaveText("👍");
  await react("", now - 3000);
  await expect.poll(async () => {
    await page.reload();
    return page.locator(`[data-message-id="${messageId}"]`).getByTestId("reaction-chip").count();
  }).toBe(0);
});
