import { expect as baseExpect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { seedChats } from "./support/seed-chats";
import { expectLive } from "./support/live";

// Unread is per user: "messages received since the user last opened that chat in Vigia" (issue 7). Opening a
// chat in one tab sends `chat:opened` to that user's other tabs and devices (lib/changes/change-audience.ts):
// their badge for the chat and the tab title's count drop at once, without a reload.

// Generous: two tabs hydrating at once on a shared 2-core machine; a hang detector, not a speed check.
const expect = baseExpect.configure({ timeout: 45_000 });

/** The count in the tab title, "(3) Conversas · Vigia"; 0 without one. */
const unreadInTitle = async (page: Page) => Number(/^\((\d+)\+?\) /.exec(await page.title())?.[1] ?? 0);

async function openList(page: Page, instanceId: string): Promise<void> {
  await page.goto("/chats");
  await expectLive(page);
  await page.getByTestId("instance-switch").selectOption(instanceId);
}

test("opening a chat in one tab clears its badge and the title count in the user's other tab, without reload", async ({ context }) => {
  await logIn(context);
  const [first, second] = [await context.newPage(), await context.newPage()];
  const { instanceId } = await seedChats(first.request, { minutesAgo: 0 });
  await openList(first, instanceId);
  await openList(second, instanceId);
  const row = (page: Page, name: string) => page.locator('[data-testid="chat-row"]').filter({ hasText: name });
  for (const name of ["Ana Souza", "Bruno Lima", "Equipe Vendas"]) await expect(row(second, name)).toHaveAttribute("data-unread", "1");
  // The title counts every unread chat message of this user (other specs' chats too): read it first.
  await expect.poll(() => unreadInTitle(second)).toBeGreaterThanOrEqual(3);
  const before = await unreadInTitle(second);
  // A reload would lose this mark: it must still be there at the end.
  await second.evaluate(() => Object.assign(window, { notReloaded: true }));

  const chatId = await row(second, "Ana Souza").getAttribute("data-chat-id");
  if (!chatId) throw new Error("the chat row carries no data-chat-id");
  await first.goto(`/chats/${chatId}`);
  await expect(first.getByTestId("conversation-title")).toHaveText("Ana Souza");
  await expect(first.locator(`[data-testid="chat-row"][data-chat-id="${chatId}"]`)).toHaveAttribute("data-unread", "0");

  await expect(row(second, "Ana Souza")).toHaveAttribute("data-unread", "0");
  await expect.poll(() => unreadInTitle(second)).toBe(before - 1);
  // Only that chat: the others keep their badges.
  await expect(row(second, "Bruno Lima")).toHaveAttribute("data-unread", "1");
  await expect(row(second, "Equipe Vendas")).toHaveAttribute("data-unread", "1");
  expect(await second.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(second).toHaveURL(/\/chats$/);
});
