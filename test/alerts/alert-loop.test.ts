import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { startAlertLoop, type AlertLoop } from "@/lib/alerts/alert-loop";
import { createTestDatabase, type TestDatabase } from "../database";
import { startHttpReceiver, startSmtpReceiver } from "../helpers/alert-receivers";
import { fixture } from "../helpers/webhooks";
import { applyBody } from "../normaliser/apply-helpers";

// The alert loop against a real database and real local servers speaking Slack's, Telegram's, Z-API's, a
// signed webhook's and SMTP's protocols. Time is the loop's `now`, moved by hand: no test waits for a clock.
let t: TestDatabase;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let loop: AlertLoop;
const secret = `whsec_${randomBytes(24).toString("base64")}`;

beforeAll(async () => {
  t = await createTestDatabase();
  http = await startHttpReceiver();
  smtp = await startSmtpReceiver();
  loop = startAlertLoop({ db: t.prisma, publicUrl: "https://vigia.example.com", log: () => {}, everyMs: 3_600_000 });
});
afterAll(async () => {
  await loop?.stop();
  await http?.close();
  await smtp?.close();
  await t?.drop();
});

let n = 0;
/** A fresh instance with one channel of every kind, scoped to it, and a policy of its own. */
async function setUp(policy: { delaySeconds?: number; reminderMinutes?: number; snoozedUntil?: Date } = {}) {
  const instanceId = `3C0FFEE${Date.now()}${n++}`;
  const tag = `/${instanceId}`;
  await t.prisma.instance.create({ data: { id: instanceId, name: `Loja ${n}` } });
  await t.prisma.alertPolicy.create({ data: { scope: instanceId, delaySeconds: 60, reminderMinutes: 30, ...policy } });
  const channels = [
    { kind: "slack", config: { url: `${http.url}${tag}/slack` } },
    { kind: "telegram", config: { botToken: "123:abc", chatId: "-100", apiBase: `${http.url}${tag}/telegram` } },
    { kind: "webhook", config: { url: `${http.url}${tag}/hook`, secret } },
    { kind: "whatsapp", config: { instanceId: "OTHER", instanceToken: "tok", clientToken: "ct", phone: "5511999990000", apiBase: `${http.url}${tag}/zapi` } },
    { kind: "email", config: { host: "127.0.0.1", port: smtp.port, secure: false, from: "vigia@example.com", to: `ops+${instanceId}@example.com` } },
  ];
  for (const c of channels) await t.prisma.alertChannel.create({ data: { kind: c.kind, name: c.kind, config: c.config, instanceId } });
  const requests = () => http.received.filter((r) => r.path.startsWith(tag));
  const mails = () => smtp.mails.filter((m) => m.to.includes(`ops+${instanceId}@example.com`));
  return { instanceId, requests, mails };
}

const disconnect = (instanceId: string, at: number) => applyBody(t.prisma, { ...fixture("disconnected.json"), instanceId, momment: at });
const connect = (instanceId: string, at: number) => applyBody(t.prisma, { ...fixture("connected.json"), instanceId, momment: at });
const at = (ms: number) => new Date(ms);

describe("alert loop", () => {
  it("alerts once per channel after the delay, reminds while down, and says when it is back", async () => {
    const { instanceId, requests, mails } = await setUp();
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 30_000));
    expect(requests()).toHaveLength(0);
    const incident = await t.prisma.incident.findFirstOrThrow({ where: { instanceId } });
    expect(incident).toMatchObject({ kind: "disconnected", endedAt: null, reason: "Device has been disconnected" });

    await loop.tick(at(t0 + 61_000));
    await loop.tick(at(t0 + 62_000)); // deciding again changes nothing
    expect(requests().map((r) => r.path.split("/").slice(2).join("/")).sort()).toEqual(["hook", "slack", "telegram/bot123:abc/sendMessage", "zapi/instances/OTHER/token/tok/send-text"]);
    expect(mails()).toHaveLength(1);
    const slack = JSON.parse(requests().find((r) => r.path.endsWith("/slack"))?.body ?? "{}") as { text: string };
    expect(slack.text).toContain(`Loja`);
    expect(slack.text).toContain("desconectou");
    expect(slack.text).toContain(`https://vigia.example.com/incidents/${incident.id}`);
    const zapi = requests().find((r) => r.path.includes("/send-text"));
    expect(zapi?.headers["client-token"]).toBe("ct");
    expect(JSON.parse(zapi?.body ?? "{}")).toMatchObject({ phone: "5511999990000" });
    expect(mails()[0]?.data).toMatch(/Subject: Vigia: Loja \d+ \(desconectada\)/);

    // The generic webhook is signed per Standard Webhooks: the receiver's check passes with the shared secret.
    const hook = requests().find((r) => r.path.endsWith("/hook"));
    const verified = new Webhook(secret).verify(hook?.body ?? "", hook?.headers as Record<string, string>) as { type: string };
    expect(verified.type).toBe("incident.opened");

    // Reminders: the first one 30 minutes after the alert went out, never two for the same period.
    const sentAt = (await t.prisma.alertDelivery.findFirstOrThrow({ where: { incident: { instanceId }, purpose: "opened" } })).sentAt?.getTime() ?? 0;
    await loop.tick(at(sentAt + 29 * 60_000));
    expect(requests()).toHaveLength(4);
    await loop.tick(at(sentAt + 31 * 60_000));
    await loop.tick(at(sentAt + 32 * 60_000));
    expect(requests()).toHaveLength(8);
    expect(requests().filter((r) => r.path.endsWith("/slack")).map((r) => (JSON.parse(r.body) as { text: string }).text)[1]).toContain("Ainda fora");

    await connect(instanceId, t0 + 40 * 60_000);
    await loop.tick(at(sentAt + 41 * 60_000));
    await loop.tick(at(sentAt + 42 * 60_000));
    expect(requests()).toHaveLength(12);
    expect(mails()).toHaveLength(3);
    const last = JSON.parse(requests().filter((r) => r.path.endsWith("/slack")).at(-1)?.body ?? "{}") as { text: string };
    expect(last.text).toContain("voltou");
    expect(last.text).toContain("40 min");
    expect((await t.prisma.incident.findFirstOrThrow({ where: { instanceId } })).endedAt?.getTime()).toBe(t0 + 40 * 60_000);
    const logged = await t.prisma.alertDelivery.findMany({ where: { incident: { instanceId } } });
    expect(logged.every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("sends nothing for a flap that reconnects within the delay", async () => {
    const { instanceId, requests, mails } = await setUp();
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 10_000));
    await connect(instanceId, t0 + 20_000);
    await loop.tick(at(t0 + 21_000));
    await loop.tick(at(t0 + 61_000));
    await loop.tick(at(t0 + 3_600_000));
    expect(requests()).toHaveLength(0);
    expect(mails()).toHaveLength(0);
    // The outage is still on record, for the uptime.
    expect(await t.prisma.incident.findFirstOrThrow({ where: { instanceId } })).toMatchObject({ endedAt: at(t0 + 20_000) });
  });

  it("closes an incident whose connect arrived before its disconnect", async () => {
    const { instanceId, requests } = await setUp();
    const t0 = Date.now();
    await connect(instanceId, t0 + 5_000);
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 120_000));
    expect(await t.prisma.incident.findFirstOrThrow({ where: { instanceId } })).toMatchObject({ startedAt: at(t0), endedAt: at(t0 + 5_000) });
    expect(requests()).toHaveLength(0);
  });

  it("holds alerts while snoozed or in maintenance, and sends them when the pause ends", async () => {
    const t0 = Date.now();
    const snoozed = await setUp({ snoozedUntil: at(t0 + 10 * 60_000) });
    const maintained = await setUp();
    await t.prisma.maintenanceWindow.create({ data: { instanceId: maintained.instanceId, startsAt: at(t0 - 60_000), endsAt: at(t0 + 10 * 60_000) } });
    await disconnect(snoozed.instanceId, t0);
    await disconnect(maintained.instanceId, t0);
    await loop.tick(at(t0 + 5 * 60_000));
    expect(snoozed.requests()).toHaveLength(0);
    expect(maintained.requests()).toHaveLength(0);
    await loop.tick(at(t0 + 11 * 60_000));
    expect(snoozed.requests()).toHaveLength(4);
    expect(maintained.requests()).toHaveLength(4);
  });

  it("retries a failed delivery with backoff and logs each attempt", async () => {
    const { instanceId, requests } = await setUp();
    await t.prisma.alertChannel.deleteMany({ where: { instanceId, kind: { not: "slack" } } });
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    http.failNext(503);
    await loop.tick(at(t0 + 61_000));
    const failed = await t.prisma.alertDelivery.findFirstOrThrow({ where: { incident: { instanceId } } });
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toContain("503");
    await loop.tick(at(t0 + 70_000)); // before the backoff: not tried again
    expect(requests()).toHaveLength(1);
    await loop.tick(at(t0 + 61_000 + 31_000));
    expect(requests()).toHaveLength(2);
    expect(await t.prisma.alertDelivery.findFirstOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("refuses to alert about an instance through that same instance", async () => {
    const { instanceId, requests } = await setUp();
    const channel = await t.prisma.alertChannel.findFirstOrThrow({ where: { instanceId, kind: "whatsapp" } });
    await t.prisma.alertChannel.update({ where: { id: channel.id }, data: { config: { ...(channel.config as object), instanceId } } });
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 61_000));
    expect(requests().some((r) => r.path.includes("/send-text"))).toBe(false);
    expect(await t.prisma.alertDelivery.findFirstOrThrow({ where: { channelId: channel.id } })).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("decides in one process at a time: two loops ticking together send each alert once", async () => {
    const { instanceId, requests } = await setUp();
    const other = startAlertLoop({ db: t.prisma, publicUrl: null, log: () => {}, everyMs: 3_600_000 });
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await Promise.all([loop.tick(at(t0 + 61_000)), other.tick(at(t0 + 61_000)), loop.tick(at(t0 + 62_000)), other.tick(at(t0 + 62_000))]);
    await other.stop();
    expect(requests()).toHaveLength(4);
  });
});
