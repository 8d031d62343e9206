import { describe, expect, test } from "vitest";
import { listEvents, ZListEventsQuery } from "@/lib/events/list-events";
import { useDatabaseWithPool } from "@/test/database";

// The event log's filters (lib/events/list-events.ts): instance, phone and text over the raw bodies, each
// narrowing alone and together, with wildcards taken literally.

const t = useDatabaseWithPool();

async function store(rows: { instanceId: string; type: string; body: Record<string, unknown> }[]): Promise<void> {
  for (const r of rows) {
    await t.pool.query("INSERT INTO raw_event (body, headers, type, instance_id) VALUES ($1, '{}'::jsonb, $2, $3)", [JSON.stringify(r.body), r.type, r.instanceId]);
  }
}

const ids = async (query: Record<string, string>) => {
  const parsed = ZListEventsQuery.parse(query);
  return (await listEvents(t.db.prisma, parsed)).items.map((e) => `${e.instanceId}:${e.type}`);
};

describe("listEvents filters", () => {
  test("instance, phone and text narrow the log, alone and together", async () => {
    await store([
      { instanceId: "A", type: "ReceivedCallback", body: { type: "ReceivedCallback", phone: "5511987650001", text: { message: "Pedido de Cimento" } } },
      { instanceId: "A", type: "ReceivedCallback", body: { type: "ReceivedCallback", phone: "5521900000002", text: { message: "100% certo" } } },
      { instanceId: "B", type: "ReceivedCallback", body: { type: "ReceivedCallback", phone: "5511987650001", text: { message: "cimento também" } } },
      { instanceId: "B", type: "DisconnectedCallback", body: { type: "DisconnectedCallback", error: "Device has been disconnected" } },
    ]);
    expect(await ids({ instanceId: "B" })).toEqual(["B:DisconnectedCallback", "B:ReceivedCallback"]);
    // A number as people type it: only its digits are searched.
    expect(await ids({ phone: "+55 (11) 98765-0001" })).toEqual(["B:ReceivedCallback", "A:ReceivedCallback"]);
    expect(await ids({ q: "CIMENTO" })).toEqual(["B:ReceivedCallback", "A:ReceivedCallback"]);
    expect(await ids({ q: "cimento", instanceId: "A" })).toEqual(["A:ReceivedCallback"]);
    expect(await ids({ q: "cimento", phone: "5521900000002" })).toEqual([]);
    expect(await ids({ q: "device has been", type: "DisconnectedCallback" })).toEqual(["B:DisconnectedCallback"]);
    // % and _ are text, not wildcards: "0%" matches the one body that has it.
    expect(await ids({ q: "0%" })).toEqual(["A:ReceivedCallback"]);
    expect(await ids({ q: "__" })).toEqual([]);
  });

  test("a value that is not a phone number or a one-letter search is refused, not silently widened", () => {
    expect(ZListEventsQuery.safeParse({ phone: "abc" }).success).toBe(false);
    expect(ZListEventsQuery.safeParse({ q: "a" }).success).toBe(false);
    expect(ZListEventsQuery.safeParse({ result: "Bogus" }).success).toBe(false);
  });
});
