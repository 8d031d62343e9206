import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { uniqueId } from "./support/zapi";

const tokens = pt.settings.tokens;

test("an admin creates an API token, sees it once, uses it and revokes it", async ({ page, context, request }) => {
  await logIn(context);
  await page.goto("/");
  await page.getByRole("navigation", { name: pt.nav.label }).getByRole("link", { name: pt.nav.settings }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: pt.settings.title })).toBeVisible();

  const name = `Integração E2E ${uniqueId("T")}`;
  await page.getByLabel(tokens.name).fill(name);
  await page.getByRole("button", { name: tokens.create }).click();

  const callout = page.getByTestId("new-token-callout");
  await expect(callout).toContainText(tokens.createdOnce);
  await expect(page.getByText(tokens.createdAnnouncement)).toBeAttached();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^vg_\S{20,}$/);

  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${token.slice(0, 7)}…`);
  await expect(row).toContainText(tokens.active);

  // The standalone request context carries no session cookie: only the token can let it in.
  const headers = { authorization: `Bearer ${token}` };
  await expect(row).toContainText(tokens.neverUsed);
  expect((await request.get("/api/instances", { headers })).status()).toBe(200);

  // Shown once: after a reload the list has the token, the page no longer has its value.
  await page.reload();
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("new-token-callout")).toHaveCount(0);
  await expect(row).not.toContainText(tokens.neverUsed);
  await expect(page.locator("body")).not.toContainText(token);

  await row.getByRole("button", { name: tokens.revokeLabel.replace("{name}", name) }).click();
  await expect(row).toContainText(tokens.confirmRevoke.replace("{name}", name));
  await row.getByRole("button", { name: tokens.confirm }).click();
  await expect(row).toHaveAttribute("data-revoked", "true");
  await expect(row).toContainText(tokens.revoked);
  await expect(row.getByRole("button", { name: tokens.revokeLabel.replace("{name}", name) })).toHaveCount(0);

  expect((await request.get("/api/instances", { headers })).status()).toBe(401);
});

test("a webhook sent with a wrong secret raises the refused count", async ({ page, context, request }) => {
  await logIn(context);
  await page.goto("/settings");
  const count = page.getByTestId("rejected-count");
  const read = async () => Number(((await count.textContent()) ?? "").replace(/\D/g, ""));
  const before = await read();

  const response = await request.post("/api/webhooks/zapi/not-the-secret", { data: { type: "ReceivedCallback" } });
  expect(response.status()).toBe(401);

  // The server counts in memory and writes about 2 s later: reload until the page shows it.
  await expect
    .poll(
      async () => {
        await page.reload();
        return read();
      },
      { timeout: 15_000 },
    )
    .toBe(before + 1);
  await expect(page.getByTestId("rejected-webhooks")).toContainText(pt.settings.health.rejectedHelp);
  await expect(page.getByText(pt.settings.health.rejectedNone)).toHaveCount(0);
});
