import { expect, test } from "vitest";
import { CHANGES_LISTENER_NAME } from "@/lib/changes/start-change-stream";
import { connectClient } from "./helpers/socket-client";
import { useServer } from "./helpers/use-server";
import { postWebhook, receivedText } from "./helpers/webhooks";

// VIGIA_PROCESSES=2: the primary prepares the database, two node:cluster workers serve one port.
const server = useServer({ VIGIA_PROCESSES: "2" });

test("two processes behind one port: every socket gets every webhook, whichever process took it", async () => {
  // One change listener per process, connected on its own shortly after start.
  const listeners = async () =>
    (await server.db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${CHANGES_LISTENER_NAME}`)[0]?.n;
  for (let i = 0; (await listeners()) !== 2; i++) {
    if (i > 400) throw new Error(`expected 2 change listeners, found ${await listeners()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  // The primary hands connections out in turn, so these sockets and posts are spread over both processes.
  const clients = await Promise.all(Array.from({ length: 4 }, () => connectClient(server.srv.url, { token: server.srv.apiToken })));
  await Promise.all(clients.map((c) => c.synced));
  const bodies = Array.from({ length: 6 }, () => receivedText());
  for (const body of bodies) expect((await postWebhook(server.srv.url, server.srv.secret, body)).status).toBe(200);
  for (const c of clients) {
    for (const body of bodies) await c.waitFor((x) => x.kind === "message:upserted" && (x.payload as { messageId: string }).messageId === body.messageId);
    const seqs = c.changes.map((x) => x.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    c.close();
  }
});

test("long-polling is refused (its requests would land on different processes); WebSocket is the transport", async () => {
  const res = await fetch(`${server.srv.url}/socket.io/?EIO=4&transport=polling`);
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/Transport unknown/);
});
