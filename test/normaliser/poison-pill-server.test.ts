import { expect, test } from "vitest";
import type { TChangeDto } from "@/lib/schemas/dto";
import { connectClient } from "../helpers/socket-client";
import { useServer } from "../helpers/use-server";
import { postWebhook, receivedText, waitForNormalised } from "../helpers/webhooks";

const server = useServer();

// Issue 5 §4 against the real server: webhooks whose raw JSON carries lone UTF-16 surrogates (`\ud800`, which
// PostgreSQL's jsonb refuses) in `type`, `instanceId`, a status' `status` and `participant`, posted between
// good ones; every good one must reach the domain tables and a connected socket.
test("events with lone surrogates between good ones: every good one is applied and broadcast", async () => {
  const client = await connectClient(server.srv.url, { token: server.srv.apiToken });
  await client.synced;
  const esc = "\\ud800";
  const instanceId = String(receivedText().instanceId);
  const status = (fields: string) =>
    `{"type":"MessageStatusCallback","instanceId":"${instanceId}","status":"READ","ids":["3EB0POISON"],"momment":${Date.now()},"phone":"5511900000001","isGroup":false,${fields}}`;
  const bad = [
    `{"type":"Received${esc}Callback","instanceId":"${instanceId}","phone":"5511900000001"}`,
    status(`"participant":"5511900000002"`).replace(`"instanceId":"${instanceId}"`, `"instanceId":"${instanceId}${esc}"`),
    status(`"participant":"5511900000003"`).replace('"status":"READ"', `"status":"READ${esc}"`),
    status(`"participant":"5511${esc}"`),
  ];
  const good: string[] = [];
  const postGood = async () => {
    const body = receivedText();
    good.push(String(body.messageId));
    expect((await postWebhook(server.srv.url, server.srv.secret, body)).status).toBe(200);
  };
  await postGood();
  for (const raw of bad) {
    expect((await postWebhook(server.srv.url, server.srv.secret, null, { raw })).status).toBe(200);
    await postGood();
    await postGood();
  }

  await waitForNormalised(server.db.prisma);
  const isGood = (c: TChangeDto) => c.kind === "message:upserted" && good.includes((c.payload as { messageId: string }).messageId);
  for (const id of good) await client.waitFor((c) => isGood(c) && (c.payload as { messageId: string }).messageId === id);
  const rows = await server.db.prisma.message.findMany({ where: { messageId: { in: good } }, select: { messageId: true } });
  expect(rows.map((r) => r.messageId).sort()).toEqual([...good].sort());
  const results = await server.db.prisma.rawEvent.findMany({ select: { result: true } });
  expect(results.every((r) => ["ok", "unrecognized", "failed"].includes(r.result))).toBe(true);
  client.close();
});
