import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database";
import { type ServerUnderTest, startServer } from "./helpers/start-server";
import { keepAliveClient } from "./helpers/keep-alive-client";
import { streamUntilAnswered } from "./helpers/stream-until-answered";

// Issue 5 part 5: the routes anyone can reach (login, first-run setup) and what a stranger can do to them.

type Started = { db: TestDatabase; srv: ServerUnderTest };

async function start(env: Record<string, string>): Promise<Started> {
  const db = await createTestDatabase();
  return { db, srv: await startServer(db.url, env) };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as { error?: string } | null };
}

const ADMIN = { name: "Admin", email: "admin@vigia.test", password: "correct horse battery" };

function printedSetupCode(output: string): string {
  const code = /Setup code: +([A-Z0-9-]+)/.exec(output)?.[1];
  if (!code) throw new Error(`no setup code in the banner:\n${output}`);
  return code;
}

/** This machine's own non-loopback IPv4 address, so a request can arrive from somewhere that is not 127.0.0.1. */
async function lanAddress(): Promise<string | null> {
  const os = await import("node:os");
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return null;
}

describe("behind a trusted proxy (VIGIA_TRUSTED_PROXIES=127.0.0.1)", () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ VIGIA_TRUSTED_PROXIES: "127.0.0.1" });
  });
  afterAll(async () => {
    await s?.srv.stop();
    await s?.db.drop();
  });
  const remote = { "x-forwarded-for": "203.0.113.7" };

  test("login and setup stop reading a huge body at the limit and answer 413", async () => {
    for (const path of ["/api/auth/login", "/api/auth/setup"]) {
      const r = await streamUntilAnswered(`${s.srv.url}${path}`, 64 * 1024 * 1024);
      // 413, or the connection closed right after it before the client could read it (see the helper).
      expect([413, "closed"], path).toContain(r.status);
      // The limit is 64 KiB; socket buffers let a few MiB more through before the answer arrives, never the 64 MiB.
      expect(r.sentBytes, path).toBeLessThan(16 * 1024 * 1024);
    }
    // Refused on its declared length, unread: the answer closes the connection (lib/http/close-connection.ts),
    // so the client's next request goes on a new one and is answered.
    const client = keepAliveClient(s.srv.url);
    try {
      const declared = await client.post("/api/auth/login", JSON.stringify({ email: "a@b.co", password: "x".repeat(70 * 1024) }));
      expect(declared).toMatchObject({ status: 413, connection: "close" });
      expect((await client.post("/api/auth/login", "{}")).status).toBe(400);
    } finally {
      client.close();
    }
    expect(await s.db.prisma.user.count()).toBe(0);
  });

  test("the first run can be claimed from another machine only with the printed one-time code", async () => {
    const page = await (await fetch(`${s.srv.url}/login`, { headers: remote })).text();
    expect(page).toContain('name="setupCode"');
    const localPage = await (await fetch(`${s.srv.url}/login`)).text();
    expect(localPage).not.toContain('name="setupCode"');

    expect(await post(`${s.srv.url}/api/auth/setup`, ADMIN, remote)).toMatchObject({ status: 403, body: { error: { code: "setup_code_invalid" } } });
    const wrong = await post(`${s.srv.url}/api/auth/setup`, { ...ADMIN, setupCode: "AAAA-BBBB-CCCC" }, remote);
    expect(wrong).toMatchObject({ status: 403, body: { error: { code: "setup_code_invalid" } } });
    expect(await s.db.prisma.user.count()).toBe(0);

    const code = printedSetupCode(s.srv.output());
    const claimed = await post(`${s.srv.url}/api/auth/setup`, { ...ADMIN, setupCode: code.toLowerCase() }, remote);
    expect(claimed.status).toBe(200);
    expect(claimed.headers.get("set-cookie")).toMatch(/^vigia_session=/);
    // Spent: it cannot be used again (nor is there anything left to claim).
    const again = await post(`${s.srv.url}/api/auth/setup`, { ...ADMIN, email: "second@vigia.test", setupCode: code }, remote);
    expect(again.status).toBe(403);
    expect(await s.db.prisma.user.count()).toBe(1);
  });

  test("a burst of wrong passwords from one address does not lock the admin out", async () => {
    const login = (password: string, from: string) =>
      post(`${s.srv.url}/api/auth/login`, { email: ADMIN.email, password }, { "x-forwarded-for": `10.1.1.1, ${from}` });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login("wrong password", "203.0.113.99")).status);
    // Five tries, then backoff (how many more get through depends on the delays, which double each time).
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    // The left-most X-Forwarded-For entry is the client's own claim and changes nothing; another address logs in.
    expect((await login(ADMIN.password, "198.51.100.9")).status).toBe(200);
    // Once the backoff has passed the right password works from the attacker's address too.
    await expect.poll(async () => (await login(ADMIN.password, "203.0.113.99")).status, { timeout: 60_000, interval: 1_000 }).toBe(200);
  });

  test("a refused attempt says when to retry", async () => {
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const r = await post(`${s.srv.url}/api/auth/login`, { email: "nobody@vigia.test", password: "x" }, remote);
      if (r.status === 429) refused = r;
    }
    expect(refused?.body).toMatchObject({ error: { code: "too_many_attempts" } });
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("reached over the network with no trusted proxy", () => {
  let s: Started;
  let base: string;
  beforeAll(async () => {
    s = await start({ HOSTNAME: "0.0.0.0" });
    const lan = await lanAddress();
    base = lan ? `http://${lan}:${s.srv.port}` : "";
  });
  afterAll(async () => {
    await s?.srv.stop();
    await s?.db.drop();
  });

  test("a forged X-Forwarded-For or peer header does not make a stranger local", async (ctx) => {
    if (!base) ctx.skip(); // a machine with no network interface but loopback
    const forgeries: Record<string, string>[] = [{ "x-forwarded-for": "127.0.0.1" }, { "x-vigia-peer-address": "127.0.0.1" }];
    for (const forged of forgeries) {
      expect(await post(`${base}/api/auth/setup`, ADMIN, forged)).toMatchObject({ status: 403, body: { error: { code: "setup_code_invalid" } } });
    }
    expect(await s.db.prisma.user.count()).toBe(0);
    // From the machine itself no code is needed.
    expect((await post(`${s.srv.url}/api/auth/setup`, ADMIN)).status).toBe(200);
  });

  test("rotating X-Forwarded-For and emails does not escape the throttle when no proxy is trusted", async (ctx) => {
    if (!base) ctx.skip();
    const statuses: number[] = [];
    for (let i = 0; i < 60 && !statuses.includes(429); i++) {
      const r = await post(`${base}/api/auth/login`, { email: `guess${i}@vigia.test`, password: "wrong password" }, { "x-forwarded-for": `198.51.100.${i}` });
      statuses.push(r.status);
    }
    // Every attempt counts against the real peer address: after its 50 free failures it is slowed down.
    // (A few more 401s if the machine is so slow that a delay passes between two attempts.)
    const failures = statuses.filter((x) => x === 401).length;
    expect(failures).toBeGreaterThanOrEqual(50);
    expect(failures).toBeLessThan(60);
    expect(statuses.at(-1)).toBe(429);
  });
});
