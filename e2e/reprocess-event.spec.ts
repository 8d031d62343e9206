import { expect, request as playwrightRequest, test } from "@playwright/test";
import type pg from "pg";
import { connectE2eDatabase } from "./support/database";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

// "Process again" on the Events page (app/(dashboard)/events/reprocess-event-button.tsx): an event an older
// version did not understand is applied with today's rules, and its row changes live.

let db: pg.Client;
test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db.end();
});

type Row = { id: string; result: string; processed: boolean };

/** Posts a text message and waits until the normaliser has processed it; its raw event. */
async function storedMessage(post: (body: Record<string, unknown>) => Promise<void>): Promise<{ messageId: string; event: () => Promise<Row> }> {
  const messageId = uniqueId("3EB0");
  await post(fixture("received-text", { instanceId: uniqueInstanceId(), messageId, momment: Date.now() }));
  const event = async () =>
    (
      await db.query<Row>("SELECT id::text, result, processed_at IS NOT NULL AS processed FROM raw_event WHERE body LIKE $1", [`%${messageId}%`])
    ).rows[0] as Row;
  await expect.poll(async () => (await event())?.processed, { message: "the normaliser processed the webhook" }).toBe(true);
  return { messageId, event };
}

/** What a version that did not know this body would have left: the event unrecognized, nothing applied. */
async function asAnOlderVersionLeftIt(id: string, messageId: string): Promise<void> {
  await db.query("DELETE FROM message WHERE message_id = $1", [messageId]);
  await db.query("UPDATE raw_event SET result = 'unrecognized', error = 'unknown type (older version)' WHERE id = $1", [id]);
}

test("an admin processes an unrecognized event again and sees its new result live", async ({ page, context }) => {
  await logIn(context);
  const { messageId, event } = await storedMessage((body) => postWebhook(context.request, body));
  const { id } = await event();
  await asAnOlderVersionLeftIt(id, messageId);

  await page.goto("/events?type=ReceivedCallback");
  await expectLive(page);
  const row = page.locator(`[data-testid="event-row"][data-event-id="${id}"]`);
  await expect(row.getByText(pt.events.result.unrecognized)).toBeVisible();
  await expect(row.getByText("unknown type (older version)")).toBeVisible();

  await page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));
  await row.getByRole("button", { name: pt.events.reprocessLabel.replace("{id}", id) }).click();
  await expect(row.getByRole("status")).toHaveText(pt.events.reprocessQueued);
  // The normaliser's event:logged change updates the row in place: no reload.
  await expect(row.getByText(pt.events.result.ok)).toBeVisible();
  await expect(row.getByText("unknown type (older version)")).toHaveCount(0);
  await expect(row.getByText(pt.events.duplicate)).toHaveCount(0);
  expect(await page.evaluate(() => "__e2eNoReload" in window)).toBe(true);
  expect(await event()).toMatchObject({ result: "ok", processed: true });
  expect((await db.query("SELECT 1 FROM message WHERE message_id = $1", [messageId])).rowCount).toBe(1);

  // An event that is gone: a clear error, in the row.
  await db.query("DELETE FROM raw_event WHERE id = $1", [id]);
  await row.getByRole("button", { name: pt.events.reprocessLabel.replace("{id}", id) }).click();
  await expect(row.getByRole("status")).toHaveText(pt.events.reprocessFailed.replace("{reason}", pt.errors.event_not_found));
});

test("without a session, or with an API token, the request is refused and nothing changes", async ({ context, baseURL }) => {
  await logIn(context);
  const { messageId, event } = await storedMessage((body) => postWebhook(context.request, body));
  const { id } = await event();
  await asAnOlderVersionLeftIt(id, messageId);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const refused = await anonymous.post(`/api/events/${id}/reprocess`);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthorized" } });
  await anonymous.dispose();

  const created = await context.request.post("/api/tokens", { data: { name: uniqueId("reprocess-e2e-") } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const program = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const forbidden = await program.post(`/api/events/${id}/reprocess`);
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.json()).toMatchObject({ error: { code: "admins_only" } });
  await program.dispose();

  // Still as the older version left it: not queued, not applied.
  expect(await event()).toMatchObject({ result: "unrecognized", processed: true });
  expect((await db.query("SELECT 1 FROM message WHERE message_id = $1", [messageId])).rowCount).toBe(0);
  // The same request from the admin is what works.
  expect((await context.request.post(`/api/events/${id}/reprocess`)).status()).toBe(202);
  await expect.poll(async () => (await event()).result).toBe("ok");
});
