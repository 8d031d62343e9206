import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

// A failed send says why, in the reader's words, with Z-API's own text on hover: on the dashboard row (live
// and after a reload, lib/messages/attach-failures.ts) and in the conversation's bubble.
test("a failed send shows its reason in words and on hover, live, after a reload and in the chat", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  await postWebhook(page.request, fixture("connected", { instanceId, momment: Date.now() - 60_000 }));
  await page.goto("/");
  await expectLive(page);

  const known = uniqueId("3EB0");
  const unknown = uniqueId("3EB0");
  await postWebhook(page.request, fixture("delivery-error", { instanceId, messageId: known, momment: Date.now() }));
  await postWebhook(page.request, fixture("delivery-error", { instanceId, messageId: unknown, momment: Date.now(), error: "Quota of the plan exceeded" }));

  const row = (id: string) => page.locator(`[data-testid="message-row"][data-message-id="${id}"]`);
  const check = async () => {
    const reason = row(known).getByTestId("failure-reason");
    await expect(reason).toHaveText(pt.failureReason.known.phoneNotFound);
    await expect(reason).toHaveAttribute("title", pt.failureReason.original.replace("{reason}", "Phone number does not exist"));
    await expect(row(known).getByTestId("timeline-link")).toHaveAttribute("title", new RegExp(`^${pt.failureReason.known.phoneNotFound}`));
    await expect(row(unknown).getByTestId("failure-reason")).toHaveText(`${pt.failureReason.given} “Quota of the plan exceeded”`);
  };
  await check(); // live, from the change the delivery made
  await page.reload();
  await check(); // from the server's snapshot

  await row(known).getByTestId("message-chat-link").click();
  const bubble = page.locator(`[data-testid="bubble"][data-message-id="${known}"]`);
  await expect(bubble.getByTestId("failure-reason")).toHaveText(pt.failureReason.known.phoneNotFound);
  await expect(bubble.getByTestId("ticks")).toHaveAttribute("title", new RegExp(pt.failureReason.known.phoneNotFound.replace(".", "\\.")));
});
