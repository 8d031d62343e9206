import { expect, test, type WebSocket } from "@playwright/test";
import { logIn } from "./support/login";
import { seedChats } from "./support/seed-chats";
import { fixture, postWebhook, uniqueId } from "./support/zapi";

// The chat screen live and honest (issue 7): a reaction shows on its bubble as it happens, and after a dropped
// connection the open conversation and the list catch up from the sequence number, without a reload; the tab
// title carries the unread count.

test("reactions arrive live, and after a reconnect the conversation and the list catch up", async ({ page, context }) => {
  await logIn(context);
  const { instanceId, phones, tag } = await seedChats(page.request, { minutesAgo: 0 });
  const sockets: WebSocket[] = [];
  page.on("websocket", (ws) => {
    if (ws.url().includes("/socket.io/")) sockets.push(ws);
  });
  await page.goto("/chats");
  const indicator = page.locator('[role="status"][data-status]');
  await expect(indicator).toHaveAttribute("data-status", "live");
  await page.getByTestId("instance-switch").selectOption(instanceId);
  // The title counts every unread chat message this user has not seen (other specs' chats too: read it first).
  const unreadInTitle = async () => Number(/^\((\d+)\) /.exec(await page.title())?.[1] ?? 0);
  await expect.poll(unreadInTitle).toBeGreaterThanOrEqual(3);
  const before = await unreadInTitle();

  await page.locator('[data-testid="chat-row"]').filter({ hasText: "Bruno Lima" }).click();
  await expect(page.getByTestId("conversation-title")).toHaveText("Bruno Lima");
  // Opening it clears its badge for this user (lib/chats/unread-for-viewer.ts).
  await expect.poll(unreadInTitle).toBe(before - 1);

  // A reaction to the open conversation's message shows as a chip at once.
  const target = page.getByTestId("bubble").filter({ hasText: `Pedido enviado ${tag}` });
  const messageId = await target.getAttribute("data-message-id");
  if (!messageId) throw new Error("the bubble carries no data-message-id");
  await postWebhook(
    page.request,
    fixture("received-reaction", {
      instanceId, phone: phones.bruno, momment: Date.now(), messageId: uniqueId("3EB0"), fromMe: false,
      reaction: { value: "🎉", time: Date.now(), reactionBy: phones.bruno, referencedMessage: { messageId, fromMe: false, phone: phones.bruno, participant: null } },
    }),
  );
  await expect(target.getByTestId("reaction-chip")).toContainText("🎉");

  // Offline: Chromium's emulation closes the websocket; wait for the close itself.
  const first = sockets[0];
  if (!first) throw new Error("the chat screen opened no Socket.IO websocket");
  const closed = first.waitForEvent("close");
  await context.setOffline(true);
  await closed;
  await expect(indicator).toHaveAttribute("data-status", "offline");

  // Sent through the test runner's request context, which offline mode does not affect. Timed after the seeded
  // messages, which with minutesAgo 0 lie up to 3 s ahead (e2e/support/seed-chats.ts): on a fast run Ana's "Voltou?"
  // at Date.now() was older than Bruno's seeded message, and Bruno stayed on top of the list.
  const after = Date.now() + 5_000;
  await postWebhook(
    context.request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: after, phone: phones.bruno, chatName: "Bruno Lima", senderName: "Bruno Lima", text: { message: "Enquanto você estava fora" } }),
  );
  await postWebhook(
    context.request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: after + 1, phone: phones.ana, chatName: "Ana Souza", senderName: "Ana Souza", text: { message: "Voltou?" } }),
  );
  await expect(page.getByTestId("bubble").filter({ hasText: "Enquanto você estava fora" })).toHaveCount(0);

  await context.setOffline(false);
  await expect(indicator).toHaveAttribute("data-status", "live");
  await expect(page.getByTestId("bubble").filter({ hasText: "Enquanto você estava fora" })).toHaveCount(1);
  await page.mouse.move(0, 0);
  const ana = page.locator('[data-testid="chat-row"]').filter({ hasText: "Ana Souza" });
  await expect(ana.getByTestId("chat-preview")).toContainText("Voltou?");
  await expect(ana).toHaveAttribute("data-unread", "2");
  await expect.poll(() => page.getByTestId("chat-title").first().textContent()).toBe("Ana Souza");
  expect(sockets.length).toBeGreaterThan(1);
});
