import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

// Instances an admin manages (app/(dashboard)/settings/instances-section.tsx): name and colour, archive and
// bring back, delete with the count of what goes; each seen live on a dashboard open in another tab.

const m = pt.manageInstances;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

/** An instance with `messages` text messages and a connection event, as Z-API would send them. */
async function seedInstance(request: APIRequestContext, messages: number, instanceId = uniqueInstanceId()): Promise<string> {
  await postWebhook(request, fixture("connected", { instanceId, phone: "5511987650000", momment: Date.now() - 60_000 }));
  for (let i = 0; i < messages; i++) {
    await postWebhook(request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now() - 30_000 + i, phone: `551190000${1000 + i}`, text: { message: `mensagem ${i}` } }));
  }
  return instanceId;
}

async function waitProcessed(request: APIRequestContext, instanceId: string, count: number): Promise<void> {
  await expect
    .poll(async () => {
      const r = await request.get(`/api/instances/${instanceId}/data-counts`);
      return r.ok() ? ((await r.json()) as { messages: number }).messages : -1;
    })
    .toBe(count);
}

async function openDashboard(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await expectLive(page);
  return page;
}

test("an admin names, colours, archives, brings back and deletes an instance; an open dashboard follows live", async ({ context }) => {
  await logIn(context);
  const id = await seedInstance(context.request, 3);
  await waitProcessed(context.request, id, 3);
  const dashboard = await openDashboard(context);
  const card = dashboard.locator(`[data-testid="instance-card"][data-instance-id="${id}"]`);
  await expect(card).toBeVisible();
  const summary = dashboard.getByTestId("instances-summary");
  const totalBefore = Number(/de (\d+)/.exec((await summary.textContent()) ?? "")?.[1]);

  // The card's "Gerenciar" opens Settings on that instance, its name field focused.
  const settings = await context.newPage();
  await settings.goto("/");
  await expectLive(settings);
  await settings.locator(`[data-testid="instance-card"][data-instance-id="${id}"]`).getByRole("link", { name: /Gerenciar/ }).click();
  await expect(settings).toHaveURL(new RegExp(`/settings\\?instance=${id}#instances$`));
  const row = settings.locator(`[data-testid="instance-manage-row"][data-instance-id="${id}"]`);
  await expect(row.getByLabel(m.nameLabel)).toBeFocused();
  await expectLive(settings);

  await row.getByLabel(m.nameLabel).fill("Loja Centro");
  await row.getByRole("radio", { name: m.colors.emerald }).check();
  await row.getByRole("button", { name: m.save }).click();
  await expect(settings.getByTestId("instances-announcement")).toHaveText(fill(m.saved, { name: "Loja Centro" }));
  // Live, without a reload: the other tab's card and its colour.
  await expect(card.getByRole("heading")).toHaveText("Loja Centro");
  await expect(card.locator('[data-instance-color="emerald"]')).toHaveCount(1);

  // Archive: gone from the overview and its count, waiting under "Arquivadas".
  await row.getByRole("button", { name: fill(m.archiveLabel, { name: "Loja Centro" }) }).click();
  await expect(card).toHaveCount(0);
  await expect(dashboard.getByTestId("archived-note")).toContainText("1 arquivada");
  if (totalBefore > 1) await expect(summary).toContainText(`de ${totalBefore - 1}`);
  await settings.getByRole("button", { name: /^Arquivadas/ }).click();
  const archivedRow = settings.locator(`[data-testid="instance-manage-row"][data-instance-id="${id}"]`);
  await expect(archivedRow).toContainText(m.archivedBadge);
  await archivedRow.getByRole("button", { name: fill(m.unarchiveLabel, { name: "Loja Centro" }) }).click();
  await expect(card).toBeVisible();
  await expect(summary).toContainText(`de ${totalBefore}`);
  await settings.getByRole("button", { name: /^Ativas/ }).click();

  // Delete: the confirmation says how many messages go; afterwards nothing of it is left, here or there.
  await row.getByRole("button", { name: fill(m.deleteLabel, { name: "Loja Centro" }) }).click();
  const confirm = row.getByTestId("delete-instance-confirm");
  await expect(confirm).toContainText("3 mensagens, 3 conversas e 4 webhooks");
  await expect(confirm.getByRole("button", { name: m.cancel })).toBeFocused();
  await confirm.getByRole("button", { name: m.confirmDeleteButton }).click();
  await expect(row).toHaveCount(0);
  await expect(card).toHaveCount(0);
  await expect(dashboard.getByText("mensagem 1", { exact: true })).toHaveCount(0);
  expect((await context.request.get(`/api/instances/${id}/data-counts`)).status()).toBe(404);
  const events = (await (await context.request.get(`/api/events?instanceId=${id}`)).json()) as { items: unknown[] };
  expect(events.items).toHaveLength(0);
});

test("the simulator's instances are marked simulated and go in one click", async ({ context }) => {
  await logIn(context);
  const sim = await seedInstance(context.request, 1, `SIM${uniqueId("").slice(0, 29).padEnd(29, "0")}`);
  const real = await seedInstance(context.request, 1);
  await waitProcessed(context.request, sim, 1);
  await waitProcessed(context.request, real, 1);
  const dashboard = await openDashboard(context);
  await expect(dashboard.locator(`[data-testid="instance-card"][data-instance-id="${sim}"]`)).toContainText(m.simulated);
  await expect(dashboard.locator(`[data-testid="instance-card"][data-instance-id="${real}"]`)).not.toContainText(m.simulated);

  const settings = await context.newPage();
  await settings.goto("/settings");
  await expectLive(settings);
  await settings.getByRole("button", { name: /^Remover/ }).click();
  await settings.getByRole("button", { name: m.confirmDeleteButton }).click();
  await expect(settings.locator(`[data-testid="instance-manage-row"][data-instance-id="${sim}"]`)).toHaveCount(0);
  await expect(dashboard.locator(`[data-testid="instance-card"][data-instance-id="${sim}"]`)).toHaveCount(0);
  await expect(dashboard.locator(`[data-testid="instance-card"][data-instance-id="${real}"]`)).toBeVisible();
});

test("a viewer's API calls to manage instances are refused", async ({ request }) => {
  // Not logged in: the standalone request context has no session.
  expect((await request.patch(`/api/instances/${uniqueInstanceId()}`, { data: { name: "x" } })).status()).toBe(401);
  expect((await request.delete("/api/instances?simulated=true")).status()).toBe(401);
});

// Pictures of the section: desktop and phone, light and dark, pt-BR and en.
for (const { theme, locale, suffix, messages, phone, contextOptions } of screenCombos()) {
  test(`instances section ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const id = await seedInstance(context.request, 2);
    await waitProcessed(context.request, id, 2);
    await context.request.patch(`/api/instances/${id}`, { data: { name: `Loja Centro (${theme})`, color: "violet" } });
    const page = await context.newPage();
    await page.goto(`/settings?instance=${id}#instances`);
    await expectLive(page);
    const row = page.locator(`[data-testid="instance-manage-row"][data-instance-id="${id}"]`);
    await row.getByRole("button", { name: messages.manageInstances.deleteLabel.replace("{name}", `Loja Centro (${theme})`) }).click();
    await expect(row.getByTestId("delete-instance-confirm")).toContainText(phone || locale === "en" ? "2" : "2 mensagens");
    await row.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `settings-instances-${suffix}`, { firstScreen: true });
    await page.goto("/");
    await page.locator(`[data-testid="instance-card"][data-instance-id="${id}"]`).scrollIntoViewIfNeeded();
    await saveScreenshot(page, `dashboard-instance-named-${suffix}`, { firstScreen: true });
    expect((await context.request.delete(`/api/instances/${id}`)).status()).toBe(200);
    await context.close();
  });
}

test("keyboard: the desktop feeds take focus (so they scroll by keyboard) with the one focus style", async ({ context, page }) => {
  await logIn(context);
  await seedInstance(context.request, 2);
  await page.goto("/");
  await expectLive(page);
  for (const id of ["message-feed", "event-feed"]) {
    const list = page.getByTestId(id);
    await expect(list).toHaveAttribute("tabindex", "0");
    await list.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(list).toBeFocused();
    // The shared focus ring (components/ui/focus-ring.ts): a solid outline.
    expect(await list.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  }
});
