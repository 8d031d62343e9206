import { afterAll, beforeAll, expect, test } from "vitest";
import { countEvents } from "@/lib/fleet/count-events";
import { getFleetOverview } from "@/lib/fleet/get-fleet-overview";
import { deleteZapiCredential } from "@/lib/instances/delete-zapi-credential";
import { saveZapiCredential } from "@/lib/instances/save-zapi-credential";
import { getZapiCredentialStatus } from "@/lib/instances/zapi-credential-status";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "../normaliser/apply-helpers";
import { newInstanceId, T0, text } from "../normaliser/bodies";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const MIN = 60_000;
const raw = (instanceId: string | null, at: number) => ({ body: "{}", headers: {}, instanceId, receivedAt: new Date(at), result: "ok" });

test("counts webhooks per minute and per hour, per instance, only inside the window", async () => {
  const a = newInstanceId();
  const b = newInstanceId();
  const now = Math.floor(T0 / MIN) * MIN + 120 * MIN; // on a minute, so the buckets are the expected ones
  await db.prisma.rawEvent.createMany({
    data: [
      raw(a, now - 90 * MIN), // before the hour: left out of the minutes
      raw(a, now - 30 * MIN),
      raw(a, now - 30 * MIN + 59_000),
      raw(a, now - 29 * MIN),
      raw(b, now - 1 * MIN),
      raw(null, now - 1 * MIN), // not JSON, or no instance: nobody's traffic
    ],
  });
  const minutes = await countEvents(db.prisma, { since: new Date(now - 60 * MIN), bucketMs: 60_000 });
  const sorted = (xs: [number, number][] | undefined) => [...(xs ?? [])].sort((x, y) => x[0] - y[0]);
  expect(sorted(minutes[a])).toEqual([
    [now - 30 * MIN, 2],
    [now - 29 * MIN, 1],
  ]);
  expect(sorted(minutes[b])).toEqual([[now - MIN, 1]]);
  const hours = await countEvents(db.prisma, { since: new Date(now - 24 * 60 * MIN), bucketMs: 3_600_000, instanceId: a });
  expect(Object.keys(hours)).toEqual([a]);
  expect(sorted(hours[a]).reduce((n, [, c]) => n + c, 0)).toBe(4);
});

test("the overview has each instance's stuck and failed messages, uptime and open incidents", async () => {
  const inst = newInstanceId();
  const quiet = newInstanceId();
  await applyBody(db.prisma, text(inst, "S1", "mine 1", { fromMe: true, fromApi: true, momment: T0 }));
  await applyBody(db.prisma, text(inst, "S2", "mine 2", { fromMe: true, fromApi: true, momment: T0 }));
  await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "F1", zaapId: "ZF1", momment: T0, error: "Timeout on send message" });
  await applyBody(db.prisma, text(quiet, "Q1", "hello", { momment: T0 }));
  await db.prisma.message.updateMany({ where: { instanceId: inst, messageId: { in: ["S1", "S2"] } }, data: { stuckAt: new Date(T0 + 11 * MIN) } });
  const now = new Date(Date.now());
  // First seen ten minutes ago: uptime is over those ten minutes.
  await db.prisma.instance.updateMany({ where: { id: { in: [inst, quiet] } }, data: { createdAt: new Date(now.getTime() - 10 * MIN) } });
  const incident = await db.prisma.incident.create({ data: { instanceId: inst, kind: "disconnected", startedAt: new Date(now.getTime() - 30_000), reason: "lost" } });
  await db.prisma.incident.create({ data: { instanceId: quiet, kind: "silent", startedAt: new Date(now.getTime() - 60_000), endedAt: new Date(now.getTime() - 50_000) } });

  const overview = await getFleetOverview(db.prisma, now);
  expect(overview.stats[inst]).toMatchObject({ stuck: 2 });
  // The failed message was sent at T0, long before the last 24 hours of `now`: not counted.
  expect(overview.stats[inst]?.failed).toBe(0);
  const then = await getFleetOverview(db.prisma, new Date(T0 + 60 * MIN));
  expect(then.stats[inst]?.failed).toBe(1);
  expect(overview.stats[quiet]).toMatchObject({ stuck: 0, failed: 0 });
  expect(overview.openIncidents.map((i) => i.id)).toContain(incident.id.toString());
  expect(overview.openIncidents.every((i) => i.endedAt === null)).toBe(true);
  expect(overview.stats[inst]?.uptime["24h"]).toBeCloseTo(1 - 30 / 600, 6);
  expect(overview.stats[quiet]?.uptime["30d"]).toBeCloseTo(1 - 10 / 600, 6);
});

test("Z-API credentials are stored but never answered: only whether they are configured", async () => {
  const inst = newInstanceId();
  await applyBody(db.prisma, text(inst, "C1", "hi", { momment: T0 }));
  const token = "INSTANCE-TOKEN-secret-7f3a";
  const client = "CLIENT-TOKEN-secret-91bc";
  expect(await saveZapiCredential(db.prisma, "no-such-instance", { instanceToken: token, apiBase: "https://api.z-api.io" })).toBe("instance_not_found");

  const saved = await saveZapiCredential(db.prisma, inst, { instanceToken: token, clientToken: client, apiBase: "https://api.z-api.io" });
  const read = await getZapiCredentialStatus(db.prisma, inst);
  for (const dto of [saved, read]) {
    expect(dto).toMatchObject({ configured: true, hasClientToken: true, apiBase: "https://api.z-api.io" });
    expect(JSON.stringify(dto)).not.toContain(token);
    expect(JSON.stringify(dto)).not.toContain(client);
  }
  // Replacing the instance token keeps the Client-Token unless told otherwise; null removes it.
  await saveZapiCredential(db.prisma, inst, { instanceToken: "NEW-TOKEN", apiBase: "http://127.0.0.1:9/" });
  expect(await db.prisma.zapiCredential.findUnique({ where: { instanceId: inst } })).toMatchObject({ instanceToken: "NEW-TOKEN", clientToken: client, apiBase: "http://127.0.0.1:9/" });
  expect(await saveZapiCredential(db.prisma, inst, { instanceToken: "NEW-TOKEN", clientToken: null, apiBase: "https://api.z-api.io" })).toMatchObject({ hasClientToken: false });

  expect(await deleteZapiCredential(db.prisma, inst)).toBe(true);
  expect(await deleteZapiCredential(db.prisma, inst)).toBe(false);
  expect(await getZapiCredentialStatus(db.prisma, inst)).toMatchObject({ configured: false, hasClientToken: false, apiBase: null });
});
