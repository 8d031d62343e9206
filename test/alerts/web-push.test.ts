import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAlertLoop, type AlertLoop } from "@/lib/alerts/alert-loop";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { ZPushPayload } from "@/lib/push/push-payload";
import { deleteDevice } from "@/lib/push/delete-device";
import { listDevices } from "@/lib/push/list-devices";
import { saveSubscription } from "@/lib/push/save-subscription";
import { getVapidKeys } from "@/lib/push/vapid-keys";
import { createTestDatabase, type TestDatabase } from "../database";
import { startPushService } from "../helpers/push-service";
import { fixture } from "../helpers/webhooks";
import { applyBody } from "../normaliser/apply-helpers";

// The push channel against a real database and a local push service that checks every VAPID signature and
// decrypts every payload with the subscription's private key (test/helpers/push-service.ts). Time is the
// loop's `now`, moved by hand, as in test/alerts/alert-loop.test.ts.
let t: TestDatabase;
let push: Awaited<ReturnType<typeof startPushService>>;
let loop: AlertLoop;
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  push = await startPushService();
  loop = startAlertLoop({ db: t.prisma, publicUrl: "https://vigia.example.com", log: () => {}, everyMs: 3_600_000 });
  userId = (await t.prisma.user.create({ data: { email: "ops@vigia.test", passwordHash: "x", role: "admin" } })).id;
});
afterAll(async () => {
  await loop?.stop();
  await push?.close();
  await t?.drop();
});

let n = 0;
/** A fresh instance with one push channel of its own and two subscribed browsers. */
async function setUp() {
  const instanceId = `3C0FFEE${Date.now()}${n++}`;
  await t.prisma.instance.create({ data: { id: instanceId, name: `Loja ${n}` } });
  await t.prisma.alertPolicy.create({ data: { scope: instanceId, delaySeconds: 60, reminderMinutes: 30 } });
  const channel = await t.prisma.alertChannel.create({ data: { kind: "push", name: "push", config: {}, instanceId } });
  await t.prisma.pushSubscription.deleteMany();
  const browsers = [push.subscribe(), push.subscribe()];
  for (const b of browsers) await saveSubscription(t.prisma, userId, b, "Mozilla/5.0 (test)");
  const ids = new Set(browsers.map((b) => b.id));
  const pushes = () => push.received.filter((p) => ids.has(p.subscription));
  return { instanceId, channel, browsers, pushes };
}

const disconnect = (instanceId: string, at: number) => applyBody(t.prisma, { ...fixture("disconnected.json"), instanceId, momment: at });
const connect = (instanceId: string, at: number) => applyBody(t.prisma, { ...fixture("connected.json"), instanceId, momment: at });
const at = (ms: number) => new Date(ms);
const payloadOf = (p: { payload: string }) => ZPushPayload.parse(JSON.parse(p.payload));

describe("web push channel", () => {
  it("keeps one VAPID key pair in the database", async () => {
    const [a, b] = await Promise.all([getVapidKeys(t.prisma), getVapidKeys(t.prisma)]);
    expect(a).toEqual(b);
    expect(Buffer.from(a.publicKey, "base64url")).toHaveLength(65);
    expect(await getVapidKeys(t.prisma)).toEqual(a);
    expect(await t.prisma.setting.count({ where: { key: "web_push_vapid" } })).toBe(1);
  });

  it("pushes one signed, encrypted alert to every subscribed browser after the delay, and one when it is back", async () => {
    const { instanceId, pushes } = await setUp();
    const keys = await getVapidKeys(t.prisma);
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 30_000));
    expect(pushes()).toHaveLength(0);
    await loop.tick(at(t0 + 61_000));
    await loop.tick(at(t0 + 62_000));
    expect(pushes()).toHaveLength(2);
    expect(new Set(pushes().map((p) => p.subscription)).size).toBe(2);
    const incident = await t.prisma.incident.findFirstOrThrow({ where: { instanceId } });
    for (const p of pushes()) {
      expect(p.vapidKey).toBe(keys.publicKey);
      expect(p.claims.aud).toBe(push.url);
      expect(p.claims.sub).toBe("mailto:ops@vigia.test");
      expect(p.headers.urgency).toBe("high");
      const body = payloadOf(p);
      expect(body.title).toMatch(/^Vigia: Loja \d+ \(desconectada\)$/);
      expect(body.body).toContain("desconectou");
      expect(body.url).toBe(`https://vigia.example.com/incidents/${incident.id}`);
      expect(body.tag).toMatch(/^vigia-alert-\d+$/);
    }
    const subs = await t.prisma.pushSubscription.findMany();
    expect(subs.every((s) => s.lastSuccessAt !== null && s.userAgent === "Mozilla/5.0 (test)")).toBe(true);

    await connect(instanceId, t0 + 5 * 60_000);
    await loop.tick(at(t0 + 6 * 60_000));
    await loop.tick(at(t0 + 7 * 60_000));
    expect(pushes()).toHaveLength(4);
    expect(payloadOf(pushes().at(-1) ?? { payload: "{}" }).body).toContain("voltou");
    const logged = await t.prisma.alertDelivery.findMany({ where: { incident: { instanceId } } });
    expect(logged.map((d) => [d.purpose, d.status, d.attempts]).sort()).toEqual([
      ["opened", "sent", 1],
      ["recovered", "sent", 1],
    ]);
  });

  it("removes a subscription the push service says is gone (410) and still delivers to the others", async () => {
    const { instanceId, browsers, pushes } = await setUp();
    const [gone, kept] = browsers as [(typeof browsers)[number], (typeof browsers)[number]];
    push.answer(gone.id, 410);
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 61_000));
    expect(pushes().map((p) => p.subscription)).toEqual([kept.id]);
    expect((await t.prisma.pushSubscription.findMany()).map((s) => s.endpoint)).toEqual([kept.endpoint]);
    expect(await t.prisma.alertDelivery.findFirstOrThrow({ where: { incident: { instanceId } } })).toMatchObject({ status: "sent", attempts: 1 });

    // The last browser gone too: nothing left to push to, which retrying cannot fix.
    push.answer(kept.id, 404);
    await connect(instanceId, t0 + 120_000);
    await loop.tick(at(t0 + 121_000));
    expect(await t.prisma.pushSubscription.count()).toBe(0);
    const recovered = await t.prisma.alertDelivery.findFirstOrThrow({ where: { incident: { instanceId }, purpose: "recovered" } });
    expect(recovered).toMatchObject({ status: "failed", attempts: 1 });
    expect(recovered.lastError).toBe("push_subscriptions_gone");
  });

  it("retries with backoff when the push service fails, with the same tag so a browser that had it replaces it", async () => {
    const { instanceId, browsers, pushes } = await setUp();
    const [flaky] = browsers as [(typeof browsers)[number]];
    push.answer(flaky.id, 503);
    const t0 = Date.now();
    await disconnect(instanceId, t0);
    await loop.tick(at(t0 + 61_000));
    const pending = await t.prisma.alertDelivery.findFirstOrThrow({ where: { incident: { instanceId } } });
    expect(pending).toMatchObject({ status: "pending", attempts: 1 });
    expect(pending.lastError).toContain("503");
    expect(pushes()).toHaveLength(1);
    push.answer(flaky.id, null);
    await loop.tick(at(t0 + 70_000)); // before the backoff: not tried again
    expect(pushes()).toHaveLength(1);
    await loop.tick(at(t0 + 61_000 + 31_000));
    expect(pushes()).toHaveLength(3);
    expect(new Set(pushes().map((p) => payloadOf(p).tag)).size).toBe(1);
    expect(await t.prisma.alertDelivery.findFirstOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("sends the settings' test message, and says so when no browser is subscribed", async () => {
    const { channel, pushes } = await setUp();
    expect(await sendTestAlert(t.prisma, channel.id)).toMatchObject({ status: "sent" });
    expect(pushes()).toHaveLength(2);
    expect(payloadOf(pushes()[0] ?? { payload: "{}" })).toMatchObject({ title: expect.stringContaining("teste") as string, url: "/settings/alerts" });
    await t.prisma.pushSubscription.deleteMany();
    const none = await sendTestAlert(t.prisma, channel.id);
    expect(none).toMatchObject({ status: "failed" });
    expect(none?.lastError).toBe("no_push_subscribers");
  });

  it("lists each user's own devices by browser and system, removes one only for its owner, and drops one the push service calls gone", async () => {
    const { channel } = await setUp();
    await t.prisma.pushSubscription.deleteMany();
    const other = (await t.prisma.user.create({ data: { email: `viewer${n}@vigia.test`, passwordHash: "x", role: "viewer" } })).id;
    const [laptop, phone, theirs] = [push.subscribe(), push.subscribe(), push.subscribe()];
    await saveSubscription(t.prisma, userId, laptop, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    await saveSubscription(t.prisma, userId, phone, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
    await saveSubscription(t.prisma, other, theirs, null);

    const mine = await listDevices(t.prisma, userId);
    expect(mine.map((d) => [d.endpoint, d.browser, d.os, d.lastSuccessAt])).toEqual([
      [laptop.endpoint, "Chrome", "Windows", null],
      [phone.endpoint, "Safari", "iOS", null],
    ]);
    const rows = await t.prisma.pushSubscription.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(mine.map((d) => d.createdAt)).toEqual(rows.map((r) => r.createdAt.toISOString()));
    expect((await listDevices(t.prisma, other)).map((d) => [d.endpoint, d.browser, d.os])).toEqual([[theirs.endpoint, null, null]]);

    // Another user cannot remove it; its owner can.
    const [mineLaptop, minePhone] = mine as [(typeof mine)[number], (typeof mine)[number]];
    expect(await deleteDevice(t.prisma, other, mineLaptop.id)).toBe(false);
    expect(await listDevices(t.prisma, userId)).toHaveLength(2);
    expect(await deleteDevice(t.prisma, userId, mineLaptop.id)).toBe(true);
    expect(await deleteDevice(t.prisma, userId, mineLaptop.id)).toBe(false);
    expect((await listDevices(t.prisma, userId)).map((d) => d.id)).toEqual([minePhone.id]);

    // The phone's push service says it is gone (410, RFC 8030 §7.3): the row is deleted, the other user's gets the push.
    push.answer(phone.id, 410);
    expect(await sendTestAlert(t.prisma, channel.id)).toMatchObject({ status: "sent" });
    expect(await listDevices(t.prisma, userId)).toEqual([]);
    expect(await t.prisma.pushSubscription.findMany({ select: { endpoint: true } })).toEqual([{ endpoint: theirs.endpoint }]);
    expect((await listDevices(t.prisma, other))[0]?.lastSuccessAt).not.toBeNull();
  });

  it("nothing it sent was refused by the push service's checks", () => {
    expect(push.rejected).toEqual([]);
  });
});
