import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAlertLoop } from "@/lib/alerts/alert-loop";
import { createTestDatabase, type TestDatabase } from "../database";
import { startHttpReceiver } from "../helpers/alert-receivers";
import { receivedText } from "../helpers/webhooks";
import { applyBody } from "../normaliser/apply-helpers";

// Silence learned from each instance's own history: 12 webhooks an hour for two weeks makes a gap of
// ln(1000)/(12/60 per minute) ≈ 35 minutes a 1-in-1,000 event (lib/incidents/silence-threshold.ts).
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const MIN = 60_000;

async function instanceWithHistory(id: string, perHour: number, lastEventAt: Date) {
  await t.prisma.instance.create({ data: { id, state: "connected", lastEventAt } });
  if (perHour > 0) {
    // Set-based: two weeks of evenly spread webhooks, ending where the silence began.
    await t.prisma.$executeRaw`
      INSERT INTO raw_event (received_at, body, headers, type, instance_id, result, processed_at)
      SELECT ${lastEventAt}::timestamptz - (g * (3600.0 / ${perHour}) || ' seconds')::interval, '{}', '{}', 'ReceivedCallback', ${id}, 'ok', now()
        FROM generate_series(0, ${perHour * 24 * 14 - 1}) AS g`;
  }
}

describe("silence detection", () => {
  it("opens a silent incident when a connected instance is quiet for longer than its history allows, and closes it at the next event", async () => {
    const loop = startAlertLoop({ db: t.prisma, publicUrl: null, log: () => {}, everyMs: 3_600_000 });
    const now = new Date();
    const quietSince = new Date(now.getTime() - 40 * MIN);
    await instanceWithHistory("BUSY", 12, quietSince); // learned threshold 35 min: silent
    await instanceWithHistory("NEW", 0, quietSince); // no history: not watched
    await instanceWithHistory("MANUAL", 12, quietSince); // a hand-set 60 minutes wins over the 35 learned
    await t.prisma.alertPolicy.create({ data: { scope: "MANUAL", silenceMinutes: 60 } });
    await instanceWithHistory("SLOW", 1, quietSince); // 1 an hour: ln(1000)·60 ≈ 415 min
    await instanceWithHistory("DOWN", 12, quietSince); // disconnected: that incident tells the story
    await t.prisma.instance.update({ where: { id: "DOWN" }, data: { state: "disconnected", stateChangedAt: quietSince } });

    await loop.tick(new Date(now.getTime() - 10 * MIN)); // 30 minutes of quiet: within the normal
    expect(await t.prisma.incident.count({ where: { kind: "silent" } })).toBe(0);

    await loop.tick(now);
    const open = await t.prisma.incident.findMany({ where: { kind: "silent", endedAt: null } });
    expect(open.map((i) => i.instanceId)).toEqual(["BUSY"]);
    expect(open[0]?.startedAt).toEqual(quietSince);

    await loop.tick(new Date(now.getTime() + 25 * MIN));
    expect((await t.prisma.incident.findMany({ where: { kind: "silent", endedAt: null }, orderBy: { instanceId: "asc" } })).map((i) => i.instanceId)).toEqual(["BUSY", "MANUAL"]);

    await applyBody(t.prisma, receivedText({ instanceId: "BUSY" }));
    await loop.tick(new Date(now.getTime() + 26 * MIN));
    const busy = await t.prisma.incident.findFirstOrThrow({ where: { instanceId: "BUSY" } });
    expect(busy.endedAt).not.toBeNull();
    expect(busy.endedAt?.getTime()).toBeGreaterThan(quietSince.getTime());
    await loop.stop();
  });

  it("raises one global incident when no webhook at all arrives for far longer than usual", async () => {
    const loop = startAlertLoop({ db: t.prisma, publicUrl: null, log: () => {}, everyMs: 3_600_000 });
    const newest = await t.prisma.rawEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await loop.tick(new Date(newest.receivedAt.getTime() + 5 * MIN));
    expect(await t.prisma.incident.count({ where: { kind: "no_webhooks", endedAt: null } })).toBe(0);
    await loop.tick(new Date(newest.receivedAt.getTime() + 3 * 60 * MIN));
    await loop.tick(new Date(newest.receivedAt.getTime() + 3 * 60 * MIN + 1000));
    const global = await t.prisma.incident.findMany({ where: { kind: "no_webhooks", endedAt: null } });
    expect(global).toHaveLength(1);
    expect(global[0]).toMatchObject({ instanceId: null, endedAt: null, startedAt: newest.receivedAt });
    await applyBody(t.prisma, receivedText({ instanceId: "BUSY" }));
    await loop.tick(new Date(newest.receivedAt.getTime() + 3 * 60 * MIN + 2000));
    expect((await t.prisma.incident.findFirstOrThrow({ where: { id: global[0]?.id } })).endedAt).not.toBeNull();
    await loop.stop();
  });

  it("asks Z-API before calling an instance with credentials silent: connected clears it, not connected confirms it", async () => {
    const zapi = await startHttpReceiver();
    zapi.answer("/instances/FINE/token/tok/status", { connected: true, error: "You are already connected.", smartphoneConnected: true, extra: 1 });
    zapi.answer("/instances/GONE/token/tok/status", { connected: false, error: "You are not connected.", smartphoneConnected: false });
    const loop = startAlertLoop({ db: t.prisma, publicUrl: null, log: () => {}, everyMs: 3_600_000 });
    const now = new Date();
    const quietSince = new Date(now.getTime() - 40 * MIN);
    for (const id of ["FINE", "GONE"]) {
      await instanceWithHistory(id, 12, quietSince);
      await t.prisma.zapiCredential.create({ data: { instanceId: id, instanceToken: "tok", clientToken: "account-token", apiBase: zapi.url } });
    }
    await loop.tick(now); // suspects with credentials: asked first, decided at the next tick
    expect(await t.prisma.incident.count({ where: { instanceId: { in: ["FINE", "GONE"] } } })).toBe(0);
    expect(zapi.received.map((r) => r.headers["client-token"])).toEqual(["account-token", "account-token"]);
    await loop.tick(new Date(now.getTime() + 1000));
    const incidents = await t.prisma.incident.findMany({ where: { instanceId: { in: ["FINE", "GONE"] } } });
    expect(incidents).toMatchObject([{ instanceId: "GONE", kind: "silent", reason: "Z-API: You are not connected." }]);
    await loop.stop();
    await zapi.close();
  });
});
