import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../database";
import { startHttpReceiver } from "../helpers/alert-receivers";
import { startServer, type ServerUnderTest } from "../helpers/start-server";
import { fixture, postWebhook } from "../helpers/webhooks";

// An alert that falls due while no Vigia process runs is sent once by the next one: not twice, not never.
// Real server processes (server.ts) on one database, a local server speaking Slack's webhook protocol.
const DELAY_S = 20;
let db: TestDatabase;
let slack: Awaited<ReturnType<typeof startHttpReceiver>>;
let srv: ServerUnderTest | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await startHttpReceiver();
  await db.prisma.alertChannel.create({ data: { kind: "slack", name: "ops", config: { url: `${slack.url}/slack` } } });
  await db.prisma.alertPolicy.create({ data: { scope: "global", delaySeconds: DELAY_S } });
});
afterAll(async () => {
  await srv?.stop();
  await slack?.close();
  await db?.drop();
});

async function until<T>(what: string, f: () => Promise<T | null | undefined | false>): Promise<T> {
  for (;;) {
    const v = await f();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("sends an alert that fell due during a restart exactly once after it", async () => {
  srv = await startServer(db.url);
  const posted = await postWebhook(srv.url, srv.secret, { ...fixture("disconnected.json"), instanceId: "RESTART1", momment: Date.now() });
  expect(posted.status).toBe(200);
  const incident = await until("the incident", () => db.prisma.incident.findFirst({ where: { instanceId: "RESTART1" } }));
  await srv.stop();
  srv = undefined;
  // The premise: the process stopped before the alert was due, so it did not send it.
  expect(slack.received).toHaveLength(0);
  expect(Date.now()).toBeLessThan(incident.startedAt.getTime() + DELAY_S * 1000);

  await sleep(incident.startedAt.getTime() + DELAY_S * 1000 - Date.now() + 500);
  srv = await startServer(db.url);
  await until("the alert", () => Promise.resolve(slack.received.length > 0));
  await sleep(3_000); // three more ticks of the loop
  await srv.stop();
  srv = await startServer(db.url);
  await sleep(3_000);
  expect(slack.received).toHaveLength(1);
  expect((JSON.parse(slack.received[0]?.body ?? "{}") as { text: string }).text).toContain("desconectou");
  const deliveries = await db.prisma.alertDelivery.findMany();
  expect(deliveries).toMatchObject([{ purpose: "opened", status: "sent", attempts: 1 }]);
});
