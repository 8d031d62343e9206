import { expect, test } from "vitest";
import { connectClient } from "./helpers/socket-client";
import { useServer } from "./helpers/use-server";
import { postWebhook, receivedText, waitForNormalised } from "./helpers/webhooks";

const server = useServer();

test("a webhook reaches two authenticated clients", async () => {
  const a = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const b = await connectClient(server.srv.url, { token: server.srv.apiToken });
  await Promise.all([a.synced, b.synced]);
  const body = receivedText();
  const posted = await postWebhook(server.srv.url, server.srv.secret, body);
  const isOurs = (c: { kind: string; payload: unknown }) =>
    c.kind === "message:upserted" && (c.payload as { messageId: string }).messageId === body.messageId;
  const [ma, mb] = await Promise.all([a.waitFor(isOurs), b.waitFor(isOurs)]);
  expect(ma.seq).toBe(mb.seq);
  const logged = (c: { kind: string; payload: unknown }) => c.kind === "event:logged" && (c.payload as { id: string }).id === posted.body.id;
  await Promise.all([a.waitFor(logged), b.waitFor(logged)]);
  a.close();
  b.close();
});

test("unauthenticated and wrongly authenticated clients are refused", async () => {
  await expect(connectClient(server.srv.url, {})).rejects.toThrow(/unauthorized/);
  await expect(connectClient(server.srv.url, { token: "not-a-valid-token-at-all" })).rejects.toThrow(/unauthorized/);
  await expect(connectClient(server.srv.url, {}, { cookie: "vigia_session=forged" })).rejects.toThrow(/unauthorized/);
});

test("a logged-in browser session is accepted by the socket", async () => {
  const setup = await fetch(`${server.srv.url}/api/auth/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.com", password: "correct horse battery" }),
  });
  expect(setup.status).toBe(200);
  const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] as string;
  expect(cookie).toMatch(/^vigia_session=.+/);
  const client = await connectClient(server.srv.url, {}, { cookie });
  await client.synced;
  client.close();
});

test("a client that reconnects with its last seq gets exactly the changes it missed", async () => {
  const first = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const head = await first.synced;
  const warm = receivedText();
  await postWebhook(server.srv.url, server.srv.secret, warm);
  await first.waitFor((c) => c.kind === "message:upserted" && (c.payload as { messageId: string }).messageId === warm.messageId);
  await waitForNormalised(server.db.prisma);
  const lastSeq = Math.max(head, ...first.changes.map((c) => c.seq));
  first.close();

  for (let i = 0; i < 5; i++) await postWebhook(server.srv.url, server.srv.secret, receivedText());
  await waitForNormalised(server.db.prisma);
  const missed = await server.db.prisma.change.findMany({ where: { seq: { gt: BigInt(lastSeq) } }, orderBy: { seq: "asc" } });
  expect(missed.length).toBeGreaterThanOrEqual(10); // 5 × (message, event logged, …)

  const again = await connectClient(server.srv.url, { token: server.srv.apiToken, lastSeq });
  const syncedAt = await again.synced;
  expect(again.changes.map((c) => c.seq)).toEqual(missed.map((m) => Number(m.seq)));
  expect(syncedAt).toBe(Number(missed.at(-1)?.seq));

  // And live delivery continues after the replay, without repeats.
  const live = receivedText();
  await postWebhook(server.srv.url, server.srv.secret, live);
  await again.waitFor((c) => c.kind === "message:upserted" && (c.payload as { messageId: string }).messageId === live.messageId);
  const seqs = again.changes.map((c) => c.seq);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  again.close();
});

test("a replay of thousands of changes arrives complete and in order, in several pages", async () => {
  const head = Number((await server.db.prisma.change.aggregate({ _max: { seq: true } }))._max.seq ?? 0);
  await server.db.prisma.$executeRaw`
    INSERT INTO change (kind, payload)
    SELECT 'event:logged', jsonb_build_object('id', i::text, 'receivedAt', now()::text, 'type', null, 'instanceId', null,
      'result', 'ok', 'duplicate', false, 'error', null, 'processedAt', null)
    FROM generate_series(1, 2000) AS i`;
  const expected = await server.db.prisma.change.findMany({ where: { seq: { gt: BigInt(head) } }, orderBy: { seq: "asc" }, select: { seq: true } });
  expect(expected.length).toBe(2000);

  const client = await connectClient(server.srv.url, { token: server.srv.apiToken, lastSeq: head });
  const syncedAt = await client.synced;
  expect(client.changes.map((c) => c.seq)).toEqual(expected.map((e) => Number(e.seq)));
  expect(syncedAt).toBe(Number(expected.at(-1)?.seq));
  expect(client.batches.length).toBeGreaterThanOrEqual(4); // pages of at most 500, never one 2,000-change emit
  expect(Math.max(...client.batches)).toBeLessThanOrEqual(500);
  client.close();
});
