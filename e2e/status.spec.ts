import { expect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

const MIN = 60_000;

/** Our own message, as Z-API echoes it, sent `agoMs` before now. */
async function sendMine(page: Page, instanceId: string, messageId: string, text: string, agoMs: number, fields: Record<string, unknown> = {}) {
  await postWebhook(
    page.request,
    fixture("received-text", { instanceId, messageId, momment: Date.now() - agoMs, fromMe: true, fromApi: true, chatName: "Cliente Status", senderName: "Cliente Status", text: { message: text }, ...fields }),
  );
}

const receipt = (instanceId: string, id: string, status: string, momment: number, fields: Record<string, unknown> = {}) =>
  fixture("status-read", { instanceId, ids: [id], status, momment, phone: "5511955550001", ...fields });

test("a message's ticks and timeline move live as its status callbacks arrive", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  const sent = Date.now() - 5_000;
  await sendMine(page, instanceId, messageId, "Pedido confirmado", 5_000, { phone: "5511955550001" });

  await page.goto(`/messages/${instanceId}/${messageId}`);
  await expect(page.getByRole("heading", { level: 1, name: pt.timeline.title })).toBeVisible();
  await expectLive(page);
  await expect(page.getByTestId("receipt-status")).toHaveText(/Enviada/);
  const step = (name: string) => page.locator(`[data-testid="timeline-step"][data-step="${name}"]`);
  await expect(step("delivered")).toHaveAttribute("data-reached", "false");

  await postWebhook(page.request, receipt(instanceId, messageId, "RECEIVED", sent + 2_000));
  await expect(page.getByTestId("receipt-status")).toHaveText(/Entregue/);
  await expect(step("delivered")).toHaveAttribute("data-reached", "true");

  await postWebhook(page.request, receipt(instanceId, messageId, "READ", sent + 4_000));
  await expect(step("read")).toHaveAttribute("data-reached", "true");
  await expect(step("read").getByTestId("step-gap")).toContainText("2");
  await expect(page.getByTestId("receipt-status")).toHaveText(/Lida/);

  // A late SENT: listed in the raw history as late, the ticks stay read.
  await postWebhook(page.request, receipt(instanceId, messageId, "SENT", sent + 500));
  await expect(page.locator('[data-testid="raw-row"][data-late="true"]')).toHaveCount(1);
  await expect(page.getByTestId("receipt-status")).toHaveText(/Lida/);

  // The dashboard's row links here.
  await page.goto("/");
  await page.locator(`[data-testid="message-row"][data-message-id="${messageId}"]`).getByTestId("timeline-link").click();
  await expect(page).toHaveURL(new RegExp(`/messages/${instanceId}/${messageId}$`));
});

test("a failed send shows its error in words", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  await postWebhook(page.request, fixture("delivery-error-shadow-ban", { instanceId, messageId, momment: Date.now() }));
  await page.goto(`/messages/${instanceId}/${messageId}`);
  await expect(page.getByTestId("failure")).toContainText("SHADOW_BAN");
  await expect(page.getByTestId("failure")).toContainText("shadow ban");
});

test("the stuck list gains a message and loses it when a receipt arrives", async ({ page, context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1, name: pt.statusBoard.title })).toBeVisible();
  await expectLive(page);
  const stuckRow = page.locator(`[data-testid="stuck-row"][data-message-id="${messageId}"]`);
  const boardRow = page.locator(`[data-testid="board-row"][data-message-id="${messageId}"]`);

  // Sent 12 minutes ago with no receipt: past the default 10 minutes. The check runs every second here.
  await sendMine(page, instanceId, messageId, "Boleto em anexo", 12 * MIN, { phone: "5511955550002" });
  await expect(boardRow).toHaveAttribute("data-status", "SENT");
  await expect(stuckRow).toBeVisible({ timeout: 20_000 });

  await postWebhook(page.request, receipt(instanceId, messageId, "RECEIVED", Date.now(), { phone: "5511955550002" }));
  await expect(stuckRow).toHaveCount(0);
  await expect(boardRow).toHaveAttribute("data-status", "RECEIVED");
});

test.describe("screenshots", () => {
  let group: { instanceId: string; messageId: string };

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext();
    await logIn(context);
    const page = await context.newPage();
    const instanceId = uniqueInstanceId();
    const messageId = uniqueId("3EB0");
    const groupPhone = "120363019999999999-group";
    const t = Date.now() - 3 * MIN;
    await sendMine(page, instanceId, messageId, "Reunião amanhã às 9h, confirmem por favor", 3 * MIN, { phone: groupPhone, isGroup: true, chatName: "Equipe Vendas" });
    await postWebhook(page.request, receipt(instanceId, messageId, "SENT", t + 400, { phone: groupPhone, isGroup: true }));
    for (const [n, status, at] of [["01", "RECEIVED", 2_000], ["02", "RECEIVED", 3_500], ["01", "READ", 40_000], ["03", "READ", 65_000]] as const) {
      await postWebhook(page.request, receipt(instanceId, messageId, status, t + at, { phone: groupPhone, isGroup: true, participant: `55119555500${n}`, participantDevice: 0 }));
    }
    await sendMine(page, instanceId, uniqueId("3EB0"), "Segue a proposta revisada", 14 * MIN, { phone: "5511955550003", chatName: "Cliente Travado" });
    group = { instanceId, messageId };
    await context.close();
  });

  for (const { suffix, messages, phone, contextOptions } of screenCombos()) {
    test(`timeline and status board ${suffix}`, async ({ browser }) => {
      const context = await browser.newContext(contextOptions);
      await logIn(context);
      const page = await context.newPage();
      await page.goto(`/messages/${group.instanceId}/${group.messageId}`);
      await expect(page.getByRole("heading", { level: 1, name: messages.timeline.title })).toBeVisible();
      await expect(page.getByTestId("member")).toHaveCount(3);
      await saveScreenshot(page, `timeline-group-${suffix}`, { firstScreen: phone });
      await page.goto("/status");
      await expect(page.getByRole("heading", { level: 1, name: messages.statusBoard.title })).toBeVisible();
      await expect(page.getByTestId("stuck-row").first()).toBeVisible({ timeout: 20_000 });
      await saveScreenshot(page, `status-board-${suffix}`, { firstScreen: phone });
      await context.close();
    });
  }
});
