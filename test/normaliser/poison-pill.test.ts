import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { normaliseBatch } from "@/lib/normaliser/normalise-batch";
import { useDatabaseWithPool } from "@/test/database";
import { newInstanceId, status, text } from "./bodies";

// One event the database refuses must never hold back the others (lib/normaliser/normalise-batch.ts): every
// good event around it is applied and announced, the bad one is marked with its error, and the queue empties.

const t = useDatabaseWithPool();

/** Stores raw body texts as ingest does (lib/webhooks/ingest-webhook.ts: type and instanceId cut to 120). */
async function store(bodies: string[]): Promise<void> {
  for (const body of bodies) {
    const parsed = JSON.parse(body) as { type?: unknown; instanceId?: unknown };
    const cut = (v: unknown) => (typeof v === "string" ? v.slice(0, 120) : null);
    await t.pool.query("INSERT INTO raw_event (body, headers, type, instance_id) VALUES ($1, '{}'::jsonb, $2, $3)", [body, cut(parsed.type), cut(parsed.instanceId)]);
  }
}

/** Runs the normaliser until the queue is empty; a stalled queue (the same batch failing again) fails the test. */
async function drain(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const out = await normaliseBatch(t.db.prisma, 50).catch(() => ({ processed: -1 }));
    if (out.processed === 0) return;
  }
  const left = await t.db.prisma.rawEvent.count({ where: { processedAt: null } });
  expect(left, "raw events still unprocessed: the normaliser is stuck on the same batch").toBe(0);
}

/** Three good messages around each bad body; returns their ids. */
function interleave(inst: string, bad: string[]): { bodies: string[]; good: string[] } {
  const bodies: string[] = [];
  const good: string[] = [];
  const goodOne = () => {
    const id = `GOOD${inst}N${good.length}`;
    good.push(id);
    bodies.push(JSON.stringify(text(inst, id, `hello ${good.length}`)));
  };
  goodOne();
  for (const b of bad) {
    bodies.push(b);
    goodOne();
    goodOne();
  }
  return { bodies, good };
}

async function expectAppliedAndAnnounced(inst: string, good: string[]): Promise<void> {
  const rows = await t.db.prisma.message.findMany({ where: { instanceId: inst }, select: { messageId: true } });
  expect(rows.map((r) => r.messageId).sort()).toEqual([...good].sort());
  const announced = await t.pool.query<{ id: string }>(
    "SELECT payload->>'messageId' AS id FROM change WHERE kind = 'message:upserted' AND payload->>'instanceId' = $1",
    [inst],
  );
  expect(new Set(announced.rows.map((r) => r.id))).toEqual(new Set(good));
}

describe("a lone UTF-16 surrogate (refused by jsonb) in the fields that reach a change payload", () => {
  test("every good event around it is applied and announced; the bad ones are processed", async () => {
    const inst = newInstanceId();
    // Raw JSON text, as a sender would post it: `\ud800` is a valid JSON escape but not a Unicode character.
    const esc = "\\ud800";
    const bad = [
      `{"type":"Received${esc}Callback","instanceId":"${inst}","phone":"5511900000001"}`,
      JSON.stringify(status(inst, "READ", ["X1"])).replace(`"instanceId":"${inst}"`, `"instanceId":"${inst}${esc}"`),
      JSON.stringify(status(inst, "READ", ["X2"])).replace('"status":"READ"', `"status":"READ${esc}"`),
      JSON.stringify(status(inst, "READ", ["X3"], { participant: "PARTICIPANT" })).replace('"PARTICIPANT"', `"5511${esc}"`),
      JSON.stringify(text(inst, "CAPTION", "CAPTION-TEXT")).replace('"CAPTION-TEXT"', `"truncated emoji ${esc}"`),
    ];
    for (const b of bad) expect(b).toContain(esc);
    const { bodies, good } = interleave(inst, bad);
    await store(bodies);
    await drain();
    const rows = await t.db.prisma.message.findMany({ where: { instanceId: inst }, select: { messageId: true } });
    // The caption's message is applied too when the parser replaces the surrogate (lib/normaliser/parse-webhook-body.ts);
    // this test asks only that it holds back nothing.
    await expectAppliedAndAnnounced(inst, rows.some((r) => r.messageId === "CAPTION") ? [...good, "CAPTION"] : good);
    const results = await t.db.prisma.rawEvent.findMany({ select: { result: true, error: true } });
    expect(results).toHaveLength(bodies.length);
    for (const r of results) {
      expect(["ok", "unrecognized", "failed"]).toContain(r.result);
      if (r.result === "failed") expect(r.error).toMatch(/^processing failed: /);
    }
  });
});

describe("a value the database refuses anywhere after the apply, whatever the sanitising does", () => {
  // Real constraints in this test's own database stand for any value PostgreSQL refuses: one in a change
  // payload (appendChanges), one in the result being recorded (marking the event processed).
  beforeAll(async () => {
    await t.pool.query(`ALTER TABLE change ADD CONSTRAINT test_refuse_marker CHECK (payload::text NOT LIKE '%REFUSED-BY-DB%')`);
    await t.pool.query(`ALTER TABLE raw_event ADD CONSTRAINT test_refuse_ok CHECK (result <> 'ok' OR instance_id IS DISTINCT FROM 'REFUSED-OK') NOT VALID`);
  });
  afterAll(async () => {
    await t.pool.query("ALTER TABLE change DROP CONSTRAINT test_refuse_marker");
    await t.pool.query("ALTER TABLE raw_event DROP CONSTRAINT test_refuse_ok");
  });

  test("the refused event is marked failed with the error; every other one is applied and announced", async () => {
    const inst = newInstanceId();
    const refusedChange = JSON.stringify(status(inst, "READ", ["Y1"], { participant: "REFUSED-BY-DB" }));
    const refusedResult = JSON.stringify(text("REFUSED-OK", "Y2", "never recorded as ok"));
    const { bodies, good } = interleave(inst, [refusedChange, refusedResult]);
    const before = (await t.db.prisma.rawEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await store(bodies);
    await drain();
    await expectAppliedAndAnnounced(inst, good);

    const failed = await t.db.prisma.rawEvent.findMany({ where: { result: "failed", id: { gt: before } }, orderBy: { id: "asc" } });
    expect(failed.map((r) => r.body)).toEqual([refusedChange, refusedResult]);
    expect(failed[0]?.error).toMatch(/^processing failed: .*test_refuse_marker/s);
    expect(failed[1]?.error).toMatch(/^processing failed: .*test_refuse_ok/s);
    // Nothing of the failed events survived: their apply was rolled back with the rest of their unit.
    expect(await t.db.prisma.statusTransition.count({ where: { instanceId: inst, messageId: "Y1" } })).toBe(0);
    expect(await t.db.prisma.message.count({ where: { instanceId: "REFUSED-OK" } })).toBe(0);
    // …and their failure is announced like any processed event.
    const logged = await t.pool.query<{ result: string }>(
      "SELECT payload->>'result' AS result FROM change WHERE kind = 'event:logged' AND payload->>'id' = ANY($1::text[])",
      [failed.map((r) => String(r.id))],
    );
    expect(logged.rows.map((r) => r.result)).toEqual(["failed", "failed"]);
  });
});
