import { describe, expect, test } from "vitest";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { countInstanceData } from "@/lib/instances/count-instance-data";
import { deleteInstances } from "@/lib/instances/delete-instances";
import { listInstances } from "@/lib/instances/list-instances";
import { updateInstance } from "@/lib/instances/update-instance";
import { ZChangeDto } from "@/lib/schemas/dto";
import { useDatabaseWithPool } from "@/test/database";
import { buildTraffic } from "@/simulator/build-traffic";
import { simulatedInstanceId } from "@/simulator/generate-ids";
import { loadFixtures, resolveFixturesDir } from "@/simulator/load-fixtures";
import { newInstanceId, text } from "./normaliser/bodies";

// Instances an admin manages (lib/instances/): naming and archiving keep every row and are announced live;
// deleting removes exactly one instance's rows, in every table, and says how many went.

const TABLES = ["chat", "message", "status_transition", "delivery_result", "reaction", "connection_event", "raw_event"];

const t = useDatabaseWithPool();

async function store(bodies: string[]): Promise<void> {
  await t.pool.query(
    `INSERT INTO raw_event (body, headers, type, instance_id) SELECT b, '{}'::jsonb, b::jsonb->>'type', b::jsonb->>'instanceId' FROM unnest($1::text[]) AS u(b)`,
    [bodies],
  );
}

async function drain(): Promise<void> {
  for (let round = 0; round < 1000; round++) if ((await normaliseBatch(t.db.prisma, 100)).processed === 0) return;
  throw new Error("the normaliser did not empty its queue");
}

/** Rows per table of one instance (message edits and presence go with their message and chat). */
async function rowsOf(instanceId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    out[table] = (await t.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE instance_id = $1`, [instanceId])).rows[0]!.n;
  }
  out.instance = (await t.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM instance WHERE id = $1", [instanceId])).rows[0]!.n;
  return out;
}

async function changesAfter(seq: string) {
  const { rows } = await t.pool.query<{ seq: string; kind: string; payload: unknown }>("SELECT seq::text, kind, payload FROM change WHERE seq > $1 ORDER BY seq", [seq]);
  return rows.map((r) => ZChangeDto.parse({ seq: Number(r.seq), kind: r.kind, payload: r.payload }));
}
const head = async () => (await t.pool.query<{ seq: string }>("SELECT coalesce(max(seq), 0)::text AS seq FROM change")).rows[0]!.seq;

describe("managing instances", () => {
  const real = newInstanceId();
  const sim = [0, 1, 2].map(simulatedInstanceId);

  test("the simulator's instances are marked simulated; one from real traffic is not", async () => {
    const fixtures = await loadFixtures(resolveFixturesDir());
    const bodies = [...buildTraffic({ fixtures, seed: 11, instances: 3, count: 400, startMs: Date.parse("2026-11-20T12:00:00Z") })].map((i) => JSON.stringify(i.body));
    await store([...bodies, ...[1, 2, 3].map((n) => JSON.stringify(text(real, `REAL-${n}`, "oi")))]);
    await drain();
    const listed = await listInstances(t.db.prisma);
    expect(listed.map((i) => [i.id, i.simulated]).sort()).toEqual([...sim.map((id) => [id, true]), [real, false]].sort());
  });

  test("naming, colouring and archiving keep every row, and each is one instance:upserted change", async () => {
    const before = await rowsOf(real);
    const seq = await head();
    expect(await updateInstance(t.db.prisma, real, { name: "Loja Centro", color: "emerald" })).toMatchObject({ name: "Loja Centro", color: "emerald", archivedAt: null });
    const archived = await updateInstance(t.db.prisma, real, { archived: true });
    expect(archived?.archivedAt).toEqual(expect.any(String));
    expect(await rowsOf(real)).toEqual(before);
    const changes = await changesAfter(seq);
    expect(changes.map((c) => c.kind)).toEqual(["instance:upserted", "instance:upserted"]);
    expect(changes[1]?.payload).toMatchObject({ id: real, name: "Loja Centro", archivedAt: archived?.archivedAt });
    // Brought back: still named, no longer archived.
    expect(await updateInstance(t.db.prisma, real, { archived: false, name: "  " })).toMatchObject({ name: null, color: "emerald", archivedAt: null });
    expect(await updateInstance(t.db.prisma, "NO-SUCH-INSTANCE", { name: "x" })).toBeNull();
  });

  test("deleting one instance removes exactly its rows, in one go, with the counts the confirmation showed", async () => {
    const [victim, ...others] = sim as [string, ...string[]];
    const othersBefore = await Promise.all([real, ...others].map(rowsOf));
    const mine = await rowsOf(victim);
    expect(mine.message).toBeGreaterThan(10);
    const counts = await countInstanceData(t.db.prisma, victim);
    expect(counts).toEqual({ messages: mine.message, chats: mine.chat, events: mine.raw_event });

    const seq = await head();
    expect(await deleteInstances(t.db.prisma, { id: victim })).toEqual({ instances: 1, ...counts });
    expect(Object.values(await rowsOf(victim)).every((n) => n === 0)).toBe(true);
    expect(await Promise.all([real, ...others].map(rowsOf))).toEqual(othersBefore);
    expect((await t.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM message_edit e LEFT JOIN message m ON m.id = e.message_row_id WHERE m.id IS NULL")).rows[0]!.n).toBe(0);
    expect(await changesAfter(seq)).toEqual([expect.objectContaining({ kind: "instance:removed", payload: { id: victim } })]);
    expect(await countInstanceData(t.db.prisma, victim)).toBeNull();
    expect(await deleteInstances(t.db.prisma, { id: victim })).toEqual({ instances: 0, messages: 0, chats: 0, events: 0 });
  });

  test("removing the simulated instances leaves the real one untouched", async () => {
    const realBefore = await rowsOf(real);
    const out = await deleteInstances(t.db.prisma, { simulated: true });
    expect(out.instances).toBe(2);
    expect((await listInstances(t.db.prisma)).map((i) => i.id)).toEqual([real]);
    expect(await rowsOf(real)).toEqual(realBefore);
  });
});
