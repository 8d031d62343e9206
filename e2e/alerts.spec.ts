import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { saveScreenshot } from "./support/screenshots";
import { fixture, postWebhook, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

type Notified = { title: string; tag?: string };

test("a disconnect shows a toast and a browser notification on the open dashboard, and the reconnect closes the incident", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  // The page's own Notification calls, recorded: what the browser was asked to show.
  await context.addInitScript(() => {
    const Real = window.Notification;
    const seen: Notified[] = [];
    Object.assign(window, { __notified: seen });
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        seen.push({ title, tag: options?.tag });
      }
    }
    Object.defineProperty(window, "Notification", { value: Recording });
  });
  await logIn(context);
  await page.goto("/");
  await expectLive(page);

  const instanceId = uniqueInstanceId();
  await postWebhook(page.request, fixture("connected", { instanceId, momment: Date.now() }));
  const card = page.locator(`[data-testid="instance-card"][data-instance-id="${instanceId}"]`);
  await expect(card).toHaveAttribute("data-state", "connected");

  await postWebhook(page.request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Celular sem bateria (alerta)" }));
  const toast = page.getByTestId("incident-toast").filter({ hasText: pt.incidentToast.disconnected.replace(" {instance}", "").replace("{instance} ", "") });
  await expect(toast).toBeVisible();
  await expect(card).toHaveAttribute("data-state", "disconnected");
  await expect.poll(() => page.evaluate(() => (window as unknown as { __notified: Notified[] }).__notified.map((n) => n.title))).toContainEqual(expect.stringContaining("desconectou"));
  await saveScreenshot(page, "incident-toast-light-desktop-pt-BR", { firstScreen: true });

  const incidentHref = await toast.getByRole("link").getAttribute("href");
  expect(incidentHref).toMatch(/^\/incidents\/\d+$/);

  await postWebhook(page.request, fixture("connected", { instanceId, momment: Date.now() + 1000 }));
  await expect(page.getByTestId("incident-toast").filter({ hasText: "voltou" })).toBeVisible();
  await expect(card).toHaveAttribute("data-state", "connected");

  await page.goto(incidentHref ?? "/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("encerrado após");
  await expect(page.getByText("Celular sem bateria (alerta)").first()).toBeVisible();
});

test("an alert channel is added in the settings and its test message reaches the channel", async ({ page, context }) => {
  const received: string[] = [];
  const slack = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push(body);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => slack.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T000/B000/XXXX`;
  try {
    await logIn(context);
    await page.goto("/settings/alerts");
    await expect(page.getByRole("heading", { level: 1, name: pt.alertSettings.title })).toBeVisible();
    await page.getByLabel(pt.alertSettings.name).fill("Plantão Slack");
    await page.getByLabel(pt.alertSettings.fields.url.label).fill(url);
    await page.getByRole("button", { name: pt.alertSettings.add }).click();
    const row = page.getByTestId("alert-channel").filter({ hasText: "Plantão Slack" });
    await expect(row).toContainText("127.0.0.1");
    await expect(row).not.toContainText("XXXX"); // the webhook's secret path stays on the server
    await row.getByRole("button", { name: pt.alertSettings.sendTest }).click();
    await expect(row.getByTestId("last-delivery")).toHaveText(pt.alertSettings.delivery.sent);
    // The new channel is live at once: alerts for incidents other specs left open may arrive too; the test message arrives once.
    expect(received.map((b) => JSON.parse(b) as unknown).filter((b) => JSON.stringify(b) === JSON.stringify({ text: pt.alertText.test }))).toHaveLength(1);
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await saveScreenshot(page, `settings-alerts-${theme}-desktop-pt-BR`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "settings-alerts-dark-phone-pt-BR", { firstScreen: true });
    expect(en.alertSettings.title).toBe("Alerts");
  } finally {
    await new Promise((r) => slack.close(r));
  }
});
