import { expect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { seedChats } from "./support/seed-chats";
import { fixture, postWebhook, uniqueId } from "./support/zapi";
import { expectLive } from "./support/live";

/** The list scoped to one instance, so other specs' chats do not move the rows under test. */
async function openList(page: Page, instanceId: string): Promise<void> {
  await page.goto("/chats");
  await expectLive(page);
  await page.getByTestId("instance-switch").selectOption(instanceId);
}

const titles = (page: Page) => page.getByTestId("chat-title").allTextContents();

test("the list is ordered by activity and a new message moves its chat to the top, with its unread count", async ({ page, context }) => {
  await logIn(context);
  const { instanceId, phones } = await seedChats(page.request);
  await openList(page, instanceId);
  await expect.poll(() => titles(page)).toEqual(["Bruno Lima", "Equipe Vendas", "Ana Souza"]);
  const ana = page.locator('[data-testid="chat-row"]').filter({ hasText: "Ana Souza" });
  await expect(ana).toHaveAttribute("data-unread", "1");
  await expect(ana.getByTestId("chat-preview")).toContainText("Oi, tudo bem?");

  await page.mouse.move(0, 0); // not over the list: it re-sorts at once (over it, rows keep still)
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now(), phone: phones.ana, chatName: "Ana Souza", senderName: "Ana Souza", text: { message: "Chegou?" } }),
  );
  await expect.poll(() => titles(page)).toEqual(["Ana Souza", "Bruno Lima", "Equipe Vendas"]);
  await expect(ana).toHaveAttribute("data-unread", "2");
  await expect(ana.getByTestId("chat-preview")).toContainText("Chegou?");

  // Typing shows in place of the preview.
  await postWebhook(page.request, fixture("presence-composing", { instanceId, phone: phones.bruno }));
  await expect(page.locator('[data-testid="chat-row"]').filter({ hasText: "Bruno Lima" }).getByTestId("chat-activity")).toHaveText(pt.chats.typing);
});

test("the dashboard's message opens its conversation, which is linkable and live", async ({ page, context }) => {
  await logIn(context);
  const { instanceId, phones, tag } = await seedChats(page.request, { minutesAgo: 0 });
  await page.goto("/");
  await expectLive(page); // hydrated: the link is the app's
  await page.locator('[data-testid="message-row"]').filter({ hasText: `Pedido enviado ${tag}` }).getByTestId("message-chat-link").click();
  await expect(page).toHaveURL(/\/chats\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("conversation-title")).toHaveText("Bruno Lima");
  await expect(page.getByTestId("bubble").filter({ hasText: `Pedido enviado ${tag}` })).toBeVisible();
  const url = page.url();

  await postWebhook(
    page.request,
    // After the seeded messages, which with minutesAgo 0 lie up to 3 s ahead (e2e/support/seed-chats.ts): at
    // Date.now() a fast run sorted it before "Pedido enviado", and it was not the last bubble.
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() + 5_000, phone: phones.bruno, chatName: "Bruno Lima", senderName: "Bruno Lima", text: { message: "Mais uma coisa" } }),
  );
  await expect(page.getByTestId("bubble").last()).toContainText("Mais uma coisa");

  // The link works on its own, and on a phone it is the conversation alone (the list is the other screen).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expect(page.getByTestId("conversation-title")).toBeVisible();
  await expect(page.getByTestId("chat-list")).toBeHidden();
  await page.getByRole("link", { name: pt.chats.back }).click();
  await expect(page).toHaveURL(/\/chats$/);
  await expect(page.getByTestId("chat-list")).toBeVisible();
});

test("search finds accented names and message text in Postgres, highlighted; filters narrow the list", async ({ page, context }) => {
  await logIn(context);
  const { instanceId, phones, tag } = await seedChats(page.request);
  const messageId = uniqueId("3EB0");
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId, momment: Date.now() - 1000, phone: phones.ana, chatName: "Ana Souza", senderName: "Ana Souza", text: { message: `Vamos no Açaí${tag} depois da reunião?` } }),
  );
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() - 500, phone: `55319${tag}0003`, chatName: `Conceição ${tag}`, senderName: "Conceição", text: { message: "Oi" } }),
  );
  await openList(page, instanceId);
  await page.getByTestId("chat-search").fill(`acai${tag}`);
  const hit = page.locator(`[data-testid="message-hit"][data-message-id="${messageId}"]`);
  await expect(hit.getByTestId("search-mark")).toHaveText(`Açaí${tag}`);
  await page.getByTestId("chat-search").fill(`CONCEICAO ${tag}`);
  await expect(page.getByTestId("search-results").getByTestId("chat-title")).toHaveText([`Conceição ${tag}`]);
  await page.getByTestId("chat-search").fill(`acai${tag}`);
  await hit.click();
  await expect(page.locator(`[data-testid="bubble"][data-message-id="${messageId}"]`)).toBeInViewport();

  await page.getByTestId("chat-search").fill("");
  await page.getByTestId("filter-groups").click();
  await expect.poll(() => titles(page)).toEqual(["Equipe Vendas"]);
  await page.getByTestId("filter-all").click();
  await expect.poll(() => titles(page)).toHaveLength(4);
});
