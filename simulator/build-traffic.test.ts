import { beforeAll, describe, expect, it } from "vitest";
import { buildTraffic } from "./build-traffic";
import { loadFixtures, resolveFixturesDir, type Fixtures } from "./load-fixtures";
import type { JsonObject } from "./traffic-types";

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await loadFixtures(resolveFixturesDir());
});

const COUNT = 600;
const traffic = (seed: number): JsonObject[] =>
  [...buildTraffic({ fixtures, seed, instances: 3, count: COUNT, startMs: 1_764_000_000_000 })].map((i) => i.body);

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const idsOf = (b: JsonObject): string[] => (Array.isArray(b.ids) ? b.ids.map(str) : []);
const isMessage = (b: JsonObject): boolean => b.type === "DeliveryCallback" || (b.type === "ReceivedCallback" && !b.notification && !b.reaction && b.isEdit !== true);

describe.each([1, 2, 42])("buildTraffic (seed %i)", (seed) => {
  let bodies: JsonObject[];
  beforeAll(() => {
    bodies = traffic(seed);
  });

  it("yields the requested count plus at most the tail of the episodes already started", () => {
    expect(bodies.length).toBeGreaterThanOrEqual(COUNT);
    expect(bodies.length).toBeLessThan(COUNT + 80);
  });

  it("yields JSON objects that survive serialisation, each with a type and one of the simulator's fixed instance ids", () => {
    for (const body of bodies) {
      expect(JSON.parse(JSON.stringify(body))).toEqual(body);
      expect(body.type).toEqual(expect.any(String));
      // 32 chars like a real id, but SIM + digits: never a real id (lib/instances/simulated-prefix.ts).
      expect(str(body.instanceId)).toMatch(/^SIM\d{29}$/);
    }
    // The same three whatever the seed: running the simulator again adds no instances.
    expect([...new Set(bodies.map((b) => b.instanceId))].sort()).toEqual(["SIM00000000000000000000000000001", "SIM00000000000000000000000000002", "SIM00000000000000000000000000003"]);
  });

  it("contains every webhook kind", () => {
    const types = new Set(bodies.map((b) => b.type));
    for (const t of ["ReceivedCallback", "DeliveryCallback", "MessageStatusCallback", "PresenceChatCallback", "DisconnectedCallback", "ConnectedCallback"]) {
      expect(types).toContain(t);
    }
  });

  it("only sends statuses for messageIds it generated, some of them before the message itself", () => {
    const firstSeen = new Map<string, number>();
    bodies.forEach((b, i) => {
      if (isMessage(b) && !firstSeen.has(str(b.messageId))) firstSeen.set(str(b.messageId), i);
    });
    let early = 0;
    bodies.forEach((b, i) => {
      for (const id of idsOf(b)) {
        expect(firstSeen.has(id), `status for unknown id ${id}`).toBe(true);
        if ((firstSeen.get(id) ?? -1) > i) early++;
      }
    });
    expect(early).toBeGreaterThan(0);
  });

  it("re-delivers some messages 2–9 times, each copy with a different momment", () => {
    const copies = new Map<string, JsonObject[]>();
    for (const b of bodies) if (b.type === "ReceivedCallback" && isMessage(b) && b.fromMe === false) copies.set(str(b.messageId), [...(copies.get(str(b.messageId)) ?? []), b]);
    const repeated = [...copies.values()].filter((list) => list.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const list of repeated) {
      expect(list.length).toBeLessThanOrEqual(9);
      expect(new Set(list.map((b) => b.momment)).size).toBe(list.length);
      const { momment: _m, ...first } = list[0] as JsonObject;
      for (const other of list) expect({ ...other, momment: undefined }).toEqual({ ...first, momment: undefined });
    }
  });

  it("gives every API send a unique messageId distinct from its zaapId, echoed fromMe and fromApi", () => {
    const deliveries = bodies.filter((b) => b.type === "DeliveryCallback");
    const ids = deliveries.map((b) => str(b.messageId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of deliveries) expect(d.zaapId).not.toBe(d.messageId);
    const echoes = new Set(bodies.filter((b) => b.type === "ReceivedCallback" && b.fromMe === true && b.fromApi === true).map((b) => str(b.messageId)));
    const ok = deliveries.filter((d) => d.error === undefined);
    expect(ok.filter((d) => echoes.has(str(d.messageId))).length).toBe(ok.length);
  });

  it("has batched receipts, PLAYED, reactions set and removed, an edit and a revoke of sent messages", () => {
    const statuses = bodies.filter((b) => b.type === "MessageStatusCallback");
    expect(statuses.some((b) => idsOf(b).length > 1)).toBe(true);
    expect(new Set(statuses.map((b) => b.status))).toEqual(new Set(["SENT", "RECEIVED", "READ", "PLAYED", "READ_BY_ME"]));
    const reactions = bodies.map((b) => b.reaction).filter((r): r is JsonObject => typeof r === "object" && r !== null && !Array.isArray(r));
    expect(reactions.some((r) => r.value === "")).toBe(true);
    expect(reactions.some((r) => r.value !== "")).toBe(true);
    const sent = new Set(bodies.filter(isMessage).map((b) => str(b.messageId)));
    const edit = bodies.find((b) => b.isEdit === true);
    expect(sent.has(str(edit?.messageId))).toBe(true);
    expect(str(edit?.editMessageId)).not.toBe(edit?.messageId);
    const revoke = bodies.find((b) => b.notification === "REVOKE");
    expect(sent.has(str(revoke?.messageId))).toBe(true);
  });

  it("disconnects one instance (momment in seconds) and reconnects it later (momment in ms)", () => {
    const down = bodies.findIndex((b) => b.type === "DisconnectedCallback");
    const up = bodies.findIndex((b) => b.type === "ConnectedCallback");
    expect(down).toBeGreaterThanOrEqual(0);
    expect(up).toBeGreaterThan(down);
    expect(bodies[up]?.instanceId).toBe(bodies[down]?.instanceId);
    expect(Number(bodies[down]?.momment)).toBeLessThan(1e12);
    expect(Number(bodies[up]?.momment)).toBeGreaterThan(1e12);
  });

  it("shows typing before a message and private and group chats", () => {
    const presence = new Set(bodies.filter((b) => b.type === "PresenceChatCallback").map((b) => b.status));
    expect(presence).toContain("COMPOSING");
    expect(presence).toContain("PAUSED");
    const phones = bodies.filter((b) => b.type === "ReceivedCallback").map((b) => str(b.phone));
    expect(phones.some((p) => p.endsWith("-group"))).toBe(true);
    expect(phones.some((p) => /^\d{12,13}$/.test(p))).toBe(true);
  });
});

describe("buildTraffic determinism", () => {
  it("gives the same traffic for the same seed and different traffic for another seed", () => {
    expect(JSON.stringify(traffic(7))).toBe(JSON.stringify(traffic(7)));
    expect(JSON.stringify(traffic(7))).not.toBe(JSON.stringify(traffic(8)));
  });
});
