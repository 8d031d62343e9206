import { expect, test } from "vitest";
import { dateToWallClock } from "@/lib/analytics/wall-clock";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { applyBody } from "@/test/normaliser/apply-helpers";
import { newInstanceId, status, text } from "@/test/normaliser/bodies";
import { useServer } from "../helpers/use-server";

// GET /api/analytics with a custom period (app/api/analytics/route.ts, lib/analytics/parse-period.ts) on the real
// server and database: the figures are those of the messages whose send time falls in [from, to), counted
// here from the message rows, whichever way the ends are written; a refused period is a 400 that says why.

const server = useServer();
const MIN = 60_000;
// On a minute, two hours ago: every message below is in the past, whole minutes away from the ends.
const BASE = Math.floor(Date.now() / MIN) * MIN - 120 * MIN;

async function get(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.srv.url}/api/analytics?${query}`, { headers: { authorization: `Bearer ${server.srv.apiToken}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test("a custom period counts exactly the messages sent inside it, from the rollups, with its own slots", async () => {
  const db = server.db.prisma;
  const inst = newInstanceId();
  // Ours every 7 minutes from BASE (0, 7, …, 98), a receipt for each; theirs every 10 minutes.
  for (let m = 0; m < 100; m += 7) {
    const id = `C${m}`;
    await applyBody(db, text(inst, id, `ours ${m}`, { fromMe: true, fromApi: true, momment: BASE + m * MIN + 5_000 }));
    await applyBody(db, status(inst, "RECEIVED", [id], { momment: BASE + m * MIN + 9_000 }));
  }
  for (let m = 0; m < 100; m += 10) await applyBody(db, text(inst, `T${m}`, `theirs ${m}`, { momment: BASE + m * MIN + 30_000 }));

  const from = new Date(BASE + 20 * MIN);
  const to = new Date(BASE + 65 * MIN);
  const counted = async (fromMe: boolean) => db.message.count({ where: { instanceId: inst, fromMe, sentAt: { gte: from, lt: to } } });
  const expected = { outgoing: await counted(true), incoming: await counted(false) };
  expect(expected).toEqual({ outgoing: 7, incoming: 5 }); // 21…63 and 20…60: the period leaves some out on both sides

  // The same period three ways: the page's wall-clock fields, UTC, and another offset; `range` implied.
  const wall = `from=${dateToWallClock(from, DEFAULT_TIME_ZONE)}&to=${dateToWallClock(to, DEFAULT_TIME_ZONE)}`;
  const shifted = (d: Date) => encodeURIComponent(`${new Date(d.getTime() + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`);
  const answers = await Promise.all([
    get(`instance=${inst}&range=custom&${wall}`),
    get(`instance=${inst}&range=custom&from=${from.toISOString()}&to=${to.toISOString()}`),
    get(`instance=${inst}&from=${shifted(from)}&to=${shifted(to)}`),
  ]);
  for (const a of answers) {
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ range: "custom", from: from.toISOString(), to: to.toISOString(), ongoing: false, slotSeconds: 60 });
    expect(a.body.totals).toMatchObject({ ...expected, delivered: expected.outgoing });
    expect(a.body).toEqual(answers[0]?.body);
  }
  // 45 one-minute slots from `from`, adding up to the period.
  const series = answers[0]?.body.series as { at: string; outgoing: number; incoming: number }[];
  expect(series).toHaveLength(45);
  expect(series[0]?.at).toBe(from.toISOString());
  expect(series.reduce((n, s) => n + s.outgoing, 0)).toBe(expected.outgoing);
  expect(series.find((s) => s.outgoing > 0)?.at).toBe(new Date(BASE + 21 * MIN).toISOString());

  // A period that reaches now says so (the page follows it live); a preset always does.
  const reaching = await get(`instance=${inst}&from=${from.toISOString()}&to=${new Date(Date.now() + 60 * MIN).toISOString()}`);
  expect(reaching.body).toMatchObject({ range: "custom", ongoing: true });
  expect(reaching.body.totals).toMatchObject({ outgoing: await db.message.count({ where: { instanceId: inst, fromMe: true, sentAt: { gte: from } } }) });
  expect((await get(`instance=${inst}&range=24h`)).body).toMatchObject({ range: "24h", ongoing: true });
});

test("a refused custom period is a 400 naming its end and the reason", async () => {
  const cases: [string, string, string][] = [
    ["range=custom&to=2026-12-02T10:00", "from", "a custom period needs `from`"],
    ["range=custom&from=2026-12-02T10:00", "to", "a custom period needs `to`"],
    ["range=custom&from=2026-12-02T12:00&to=2026-12-02T10:00", "to", "`from` must be at least a minute before `to`"],
    ["range=custom&from=2026-10-01T00:00&to=2026-12-02T00:00", "to", "a custom period can be at most 31 days long"],
    ["from=2026-02-30T10:00&to=2026-03-02T00:00", "from", ""],
  ];
  for (const [query, field, message] of cases) {
    const { status: code, body } = await get(query);
    expect(code, query).toBe(400);
    const error = body.error as { code: string; details: { field: string; message: string }[] };
    expect(error.code, query).toBe("invalid_query");
    expect(error.details.map((d) => d.field), query).toEqual([field]);
    if (message) expect(error.details[0]?.message, query).toBe(message);
  }
});
