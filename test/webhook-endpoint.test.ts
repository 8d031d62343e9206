import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { keepAliveClient } from "./helpers/keep-alive-client";
import { useServer } from "./helpers/use-server";
import { fixture, postWebhook, receivedText, waitForNormalised } from "./helpers/webhooks";

const server = useServer();

const rawCount = () => server.db.prisma.rawEvent.count();

describe("POST /api/webhooks/zapi/{secret}", () => {
  test("a valid webhook is committed before the 200 answer", async () => {
    const r = await postWebhook(server.srv.url, server.srv.secret, receivedText());
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.id).toMatch(/^\d+$/);
    // Read right after the answer: the row must already be there.
    const row = await server.db.prisma.rawEvent.findUnique({ where: { id: BigInt(r.body.id as string) } });
    expect(row?.type).toBe("ReceivedCallback");
  });

  test("a wrong secret gets 401, stores nothing and is counted", async () => {
    const before = await rawCount();
    const r = await postWebhook(server.srv.url, "not-the-secret-at-all", receivedText());
    expect(r.status).toBe(401);
    expect(r.body.error).toMatch(/secret/);
    expect(await rawCount()).toBe(before);
    const deadline = Date.now() + 15_000;
    let rejected = 0;
    while (rejected < 1 && Date.now() < deadline) {
      const health = await fetch(`${server.srv.url}/api/health`, { headers: { authorization: `Bearer ${server.srv.apiToken}` } });
      rejected = ((await health.json()) as { pipeline: { rejectedWebhooks: number } }).pipeline.rejectedWebhooks;
      if (rejected < 1) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rejected).toBe(1);
  });

  test("invalid JSON is stored, flagged invalid and answered 400 with a clear message", async () => {
    const r = await postWebhook(server.srv.url, server.srv.secret, null, { raw: '{"type": "ReceivedCallback", oops' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/not valid JSON/);
    await waitForNormalised(server.db.prisma);
    const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(r.body.id as string) } });
    expect(row).toMatchObject({ result: "invalid", body: '{"type": "ReceivedCallback", oops' });
  });

  test("an unknown type is stored, answered 200 and flagged unrecognized, with no domain rows", async () => {
    const messagesBefore = await server.db.prisma.message.count();
    const r = await postWebhook(server.srv.url, server.srv.secret, { type: "SentByMeCallback", instanceId: "X1", messageId: "M1" });
    expect(r.status).toBe(200);
    await waitForNormalised(server.db.prisma);
    const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(r.body.id as string) } });
    expect(row.result).toBe("unrecognized");
    expect(await server.db.prisma.message.count()).toBe(messagesBefore);
  });

  test("wrong types and non-object JSON are kept as unrecognized", async () => {
    const wrong = await postWebhook(server.srv.url, server.srv.secret, { ...fixture("status-read.json"), ids: "not-an-array" });
    const array = await postWebhook(server.srv.url, server.srv.secret, [1, 2, 3]);
    expect([wrong.status, array.status]).toEqual([200, 200]);
    await waitForNormalised(server.db.prisma);
    for (const id of [wrong.body.id, array.body.id]) {
      const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(id as string) } });
      expect(row.result).toBe("unrecognized");
    }
  });

  test("a gzip body is inflated and normalised", async () => {
    const body = receivedText();
    const r = await postWebhook(server.srv.url, server.srv.secret, body, { gzip: true });
    expect(r.status).toBe(200);
    await waitForNormalised(server.db.prisma);
    const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(r.body.id as string) } });
    expect(JSON.parse(row.body)).toEqual(body);
    expect(row.result).toBe("ok");
    expect(await server.db.prisma.message.count({ where: { messageId: body.messageId as string } })).toBe(1);
  });

  test("a corrupt gzip body is kept (as base64) and answered 400", async () => {
    const r = await postWebhook(server.srv.url, server.srv.secret, null, { raw: Buffer.from("not gzip at all"), headers: { "content-encoding": "gzip" } });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/gzip/);
    const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(r.body.id as string) } });
    expect(row.bodyEncoding).toBe("base64");
    expect(Buffer.from(row.body, "base64").toString()).toBe("not gzip at all");
  });

  test("bytes that are not UTF-8, or hold NUL, are kept exactly (base64) and answered 400", async () => {
    const latin1 = Buffer.from('{"type":"ReceivedCallback","text":{"message":"a\xe7\xe3o"}}', "latin1");
    const withNul = Buffer.from('{"type":"ReceivedCallback"}\u0000');
    for (const raw of [latin1, withNul]) {
      const r = await postWebhook(server.srv.url, server.srv.secret, null, { raw });
      expect(r.status).toBe(400);
      const row = await server.db.prisma.rawEvent.findUniqueOrThrow({ where: { id: BigInt(r.body.id as string) } });
      expect(row.bodyEncoding).toBe("base64");
      expect(Buffer.from(row.body, "base64").equals(raw)).toBe(true);
    }
  });

  test("bodies over 1 MiB get 413 and store nothing, compressed or not", async () => {
    const before = await rawCount();
    const big = JSON.stringify({ type: "ReceivedCallback", pad: "x".repeat(1024 * 1024) });
    const plain = await postWebhook(server.srv.url, server.srv.secret, null, { raw: big });
    const bomb = await postWebhook(server.srv.url, server.srv.secret, null, { raw: gzipSync(big), headers: { "content-encoding": "gzip" } });
    expect(plain.status).toBe(413);
    expect(bomb.status).toBe(413);
    expect(plain.body.error).toMatch(/larger than/);
    expect(await rawCount()).toBe(before);
  });

  test("the next request after a 413 on a keep-alive connection is answered", async () => {
    // Node 26 closes a connection whose body was left unread; an answer saying keep-alive made the client's
    // next request on it fail with ECONNRESET (lib/http/close-connection.ts).
    const client = keepAliveClient(server.srv.url);
    const path = `/api/webhooks/zapi/${server.srv.secret}`;
    const big = JSON.stringify({ type: "ReceivedCallback", pad: "x".repeat(1024 * 1024) });
    try {
      const refused = await client.post(path, big);
      expect(refused).toMatchObject({ status: 413, connection: "close" });
      expect((await client.post(path, JSON.stringify(receivedText()))).status).toBe(200);
      // A compressed bomb is read to its end before it is refused: the connection stays usable.
      expect((await client.post(path, gzipSync(big), { "content-encoding": "gzip" })).status).toBe(413);
      expect((await client.post(path, JSON.stringify(receivedText()))).status).toBe(200);
    } finally {
      client.close();
    }
  });

  test("the same message posted 9 times is one message row", async () => {
    const body = receivedText();
    for (let i = 0; i < 9; i++) {
      const r = await postWebhook(server.srv.url, server.srv.secret, { ...body, momment: (body.momment as number) + i * 1000 });
      expect(r.status).toBe(200);
    }
    await waitForNormalised(server.db.prisma);
    expect(await server.db.prisma.message.count({ where: { messageId: body.messageId as string } })).toBe(1);
  });
});

/** Any non-empty message: what it says is for API clients to read, the code is what a test can rely on. */
const someText: unknown = expect.stringMatching(/./);

describe("read API", () => {
  const get = (path: string, auth = true) =>
    fetch(`${server.srv.url}${path}`, { headers: auth ? { authorization: `Bearer ${server.srv.apiToken}` } : {} });

  test("refuses requests without a token or session", async () => {
    for (const path of ["/api/instances", "/api/chats", "/api/events", "/api/health"]) {
      expect((await get(path, false)).status).toBe(401);
    }
    const wrong = await fetch(`${server.srv.url}/api/instances`, { headers: { authorization: "Bearer wrong-token-wrong-token" } });
    expect(wrong.status).toBe(401);
  });

  test("validates query parameters", async () => {
    const r = await get("/api/events?result=bogus");
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ error: { code: "invalid_query", message: someText, details: [{ field: "result" }] } });
  });

  test("a bad cursor is the same answer on every list", async () => {
    const stale = Buffer.from(JSON.stringify({ t: "yesterday", id: "nope" })).toString("base64url");
    for (const path of [
      "/api/chats?cursor=%%%",
      `/api/chats?cursor=${stale}`,
      `/api/chats/${crypto.randomUUID()}/messages?cursor=${stale}`,
      "/api/chats/not-a-uuid/messages?cursor=%%%",
      "/api/events?cursor=abc",
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(await r.json(), path).toMatchObject({ error: { code: "invalid_cursor", message: someText, details: [{ field: "cursor" }] } });
    }
  });

  test("lists instances, chats, messages, events and a message with its history", async () => {
    const body = receivedText();
    const instanceId = body.instanceId as string;
    const messageId = body.messageId as string;
    await postWebhook(server.srv.url, server.srv.secret, body);
    await postWebhook(server.srv.url, server.srv.secret, { ...fixture("status-read.json"), ids: [body.messageId], phone: body.phone });
    await waitForNormalised(server.db.prisma);
    const instances = (await (await get("/api/instances")).json()) as { items: { id: string }[] };
    expect(instances.items.map((i) => i.id)).toContain(body.instanceId);
    const chats = (await (await get(`/api/chats?instanceId=${instanceId}`)).json()) as { items: { id: string; phone: string }[] };
    const chat = chats.items.find((c) => c.phone === body.phone);
    expect(chat).toBeDefined();
    const messages = (await (await get(`/api/chats/${chat?.id}/messages?limit=200`)).json()) as { items: { messageId: string }[] };
    expect(messages.items.map((m) => m.messageId)).toContain(body.messageId);
    const detail = await get(`/api/instances/${instanceId}/messages/${messageId}`);
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({ messageId: body.messageId, statusHistory: [{ status: "READ" }] });
    const events = (await (await get("/api/events?type=ReceivedCallback&limit=2")).json()) as { items: unknown[]; nextCursor: string };
    expect(events.items).toHaveLength(2);
    const next = (await (await get(`/api/events?type=ReceivedCallback&limit=2&cursor=${events.nextCursor}`)).json()) as { items: { id: string }[] };
    expect(next.items.length).toBeGreaterThan(0);
    expect((await get("/api/chats/00000000-0000-0000-0000-000000000000/messages")).status).toBe(404);
  });
});
