import { createHash } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { ensureTestAdmin, logInOverApi, TEST_ADMIN } from "./helpers/log-in";
import { connectClient, type TestClient } from "./helpers/socket-client";
import { type ServerUnderTest, startServer } from "./helpers/start-server";
import { useServer } from "./helpers/use-server";
import { postWebhook, receivedText, waitForNormalised } from "./helpers/webhooks";

// Sockets are tied to the session or API token they were opened with (lib/realtime/watch-credentials.ts):
// when it ends, the socket is told why and disconnected, and gets nothing more.

const server = useServer();
beforeAll(async () => ensureTestAdmin(server.db.prisma));

const CLOSE_TIMEOUT_MS = 20_000;

/** The socket's close, or a failure naming what was expected: an open socket after the end is the bug. */
function closedWithin(client: TestClient, what: string) {
  return Promise.race([
    client.closed,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the socket stayed open after ${what}`)), CLOSE_TIMEOUT_MS)),
  ]);
}

/**
 * The server's log line about closing sockets, the `nth` one of this server (its stdout is a pipe, which may
 * deliver after the client saw the close). Tells how they were found: "(notified)", or "(sweep)" when the
 * notification did not arrive.
 */
async function closingLogLine(srv: ServerUnderTest, nth: number): Promise<string> {
  for (let tries = 0; ; tries++) {
    const lines = srv.output().match(/closed \d+ socket\(s\): .*/g) ?? [];
    if (lines.length >= nth) return lines[nth - 1] as string;
    if (tries > 400) throw new Error(`no log line about closing sockets:\n${srv.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const isMessage = (messageId: unknown) => (c: { kind: string; payload: unknown }) =>
  c.kind === "message:upserted" && (c.payload as { messageId: string }).messageId === messageId;

/**
 * Posts a webhook after the end and checks it was broadcast (a control socket on the env token, which never
 * ends, receives it) but not to the ended socket.
 */
async function expectNothingMoreAfterEnd(ended: TestClient, control: TestClient): Promise<void> {
  const body = receivedText();
  expect((await postWebhook(server.srv.url, server.srv.secret, body)).status).toBe(200);
  await control.waitFor(isMessage(body.messageId));
  await waitForNormalised(server.db.prisma);
  expect(ended.changes.find(isMessage(body.messageId))).toBeUndefined();
}

test("logging out disconnects the session's socket with the reason, and it receives nothing more", async () => {
  const cookie = await logInOverApi(server.srv.url);
  const control = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const socket = await connectClient(server.srv.url, {}, { cookie });
  await Promise.all([socket.synced, control.synced]);

  const logout = await fetch(`${server.srv.url}/api/auth/logout`, { method: "POST", headers: { cookie } });
  expect(logout.status).toBe(200);
  const body = receivedText();
  expect((await postWebhook(server.srv.url, server.srv.secret, body)).status).toBe(200);

  expect(await closedWithin(socket, "logout")).toEqual({ reason: "io server disconnect", authEnded: "signed_out" });
  await control.waitFor(isMessage(body.messageId));
  await waitForNormalised(server.db.prisma);
  expect(socket.changes.find(isMessage(body.messageId))).toBeUndefined();
  // And the cookie no longer opens a socket.
  await expect(connectClient(server.srv.url, {}, { cookie })).rejects.toThrow(/unauthorized/);
  control.close();
});

test("revoking an API token disconnects its socket with the reason, and it receives nothing more", async () => {
  const cookie = await logInOverApi(server.srv.url);
  const created = await fetch(`${server.srv.url}/api/tokens`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "revoked in a test" }),
  });
  expect(created.status).toBe(201);
  const { token, item } = (await created.json()) as { token: string; item: { id: string } };
  const control = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const socket = await connectClient(server.srv.url, { token });
  await Promise.all([socket.synced, control.synced]);

  const revoked = await fetch(`${server.srv.url}/api/tokens/${item.id}`, { method: "DELETE", headers: { cookie } });
  expect(revoked.status).toBe(200);
  expect(await closedWithin(socket, "revocation")).toEqual({ reason: "io server disconnect", authEnded: "revoked" });
  await expectNothingMoreAfterEnd(socket, control);
  await expect(connectClient(server.srv.url, { token })).rejects.toThrow(/unauthorized/);
  control.close();
});

test("a session that expires is disconnected by the server's own check, with the reason", async () => {
  const cookie = await logInOverApi(server.srv.url);
  const control = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const socket = await connectClient(server.srv.url, {}, { cookie });
  await Promise.all([socket.synced, control.synced]);

  // Nothing announces an expiry: the periodic sweep must find it. (The cookie is the session id's preimage.)
  const sessionId = createHash("sha256").update(decodeURIComponent(cookie.slice("vigia_session=".length))).digest("hex");
  const updated = await server.db.prisma.session.updateMany({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  expect(updated.count).toBe(1);
  expect(await closedWithin(socket, "expiry")).toEqual({ reason: "io server disconnect", authEnded: "expired" });
  await expectNothingMoreAfterEnd(socket, control);
  control.close();
});

test("the env API token (VIGIA_API_TOKEN) and other sessions are not touched by someone else's logout", async () => {
  const mine = await logInOverApi(server.srv.url);
  const theirs = await logInOverApi(server.srv.url);
  const control = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const kept = await connectClient(server.srv.url, {}, { cookie: theirs });
  const ended = await connectClient(server.srv.url, {}, { cookie: mine });
  await Promise.all([control.synced, kept.synced, ended.synced]);
  await fetch(`${server.srv.url}/api/auth/logout`, { method: "POST", headers: { cookie: mine } });
  await closedWithin(ended, "logout");
  const body = receivedText();
  await postWebhook(server.srv.url, server.srv.secret, body);
  await Promise.all([control.waitFor(isMessage(body.messageId)), kept.waitFor(isMessage(body.messageId))]);
  expect(kept.socket.connected && control.socket.connected).toBe(true);
  kept.close();
  control.close();
});

test("a foreign Origin is refused on the socket and on state-changing API requests", async () => {
  const cookie = await logInOverApi(server.srv.url);
  const foreign = { cookie, origin: "http://evil.example" };
  await expect(connectClient(server.srv.url, {}, foreign)).rejects.toThrow(/foreign_origin/);
  const own = await connectClient(server.srv.url, {}, { cookie, origin: server.srv.url });
  await own.synced;

  const logout = await fetch(`${server.srv.url}/api/auth/logout`, { method: "POST", headers: foreign });
  expect(logout.status).toBe(403);
  const problem = (await logout.json()) as { error: { code: string; message: string } };
  expect(problem.error.code).toBe("foreign_origin");
  expect(problem.error.message).toContain("http://evil.example");
  const create = await fetch(`${server.srv.url}/api/tokens`, {
    method: "POST",
    headers: { ...foreign, "content-type": "application/json" },
    body: JSON.stringify({ name: "from a foreign page" }),
  });
  expect(create.status).toBe(403);
  const login = await fetch(`${server.srv.url}/api/auth/login`, {
    method: "POST",
    headers: { origin: "http://evil.example", "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.com", password: "correct horse battery" }),
  });
  expect(login.status).toBe(403);
  // Nothing changed: the session still works, no token was made, the socket is still open.
  expect((await fetch(`${server.srv.url}/api/tokens`, { headers: { cookie } })).status).toBe(200);
  expect(await server.db.prisma.apiToken.count({ where: { name: "from a foreign page" } })).toBe(0);
  expect(own.socket.connected).toBe(true);

  // Still allowed: the same requests from Vigia's own page, webhooks (Z-API sends no Origin), bearer clients.
  const ownCreate = await fetch(`${server.srv.url}/api/tokens`, {
    method: "POST",
    headers: { cookie, origin: server.srv.url, "content-type": "application/json" },
    body: JSON.stringify({ name: "from our own page" }),
  });
  expect(ownCreate.status).toBe(201);
  expect((await postWebhook(server.srv.url, server.srv.secret, receivedText(), { headers: { origin: "http://evil.example" } })).status).toBe(200);
  const bearer = await fetch(`${server.srv.url}/api/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.srv.apiToken}`, origin: "http://evil.example", "content-type": "application/json" },
    body: JSON.stringify({ name: "bearer" }),
  });
  expect(bearer.status).toBe(403); // refused by the route (admins only), not by the Origin check
  expect(((await bearer.json()) as { error: { code: string } }).error.code).toBe("admins_only");
  own.close();
});

test("across processes sharing the database: a password reset or a logout on one closes the sockets on the other", async () => {
  let other: ServerUnderTest | undefined;
  try {
    const cookie = await logInOverApi(server.srv.url);
    const socket = await connectClient(server.srv.url, {}, { cookie });
    await socket.synced;
    const closingsSoFar = (server.srv.output().match(/closed \d+ socket\(s\): .*/g) ?? []).length;
    // The second process resets the admin's password as it starts (VIGIA_ADMIN_PASSWORD, lib/auth/ensure-admin.ts).
    const newPassword = "a brand new password";
    other = await startServer(server.db.url, { VIGIA_ADMIN_EMAIL: TEST_ADMIN.email, VIGIA_ADMIN_PASSWORD: newPassword });
    expect(await closedWithin(socket, "a password reset in another process")).toEqual({ reason: "io server disconnect", authEnded: "signed_out" });
    // By the notification, not by waiting for the periodic sweep.
    expect(await closingLogLine(server.srv, closingsSoFar + 1)).toBe("closed 1 socket(s): signed out (notified)");

    const again = await logInOverApi(server.srv.url, newPassword);
    const onOther = await connectClient(other.url, {}, { cookie: again });
    await onOther.synced;
    const logout = await fetch(`${server.srv.url}/api/auth/logout`, { method: "POST", headers: { cookie: again } });
    expect(logout.status).toBe(200);
    expect(await closedWithin(onOther, "a logout on another process")).toEqual({ reason: "io server disconnect", authEnded: "signed_out" });
    expect(await closingLogLine(other, 1)).toBe("closed 1 socket(s): signed out (notified)");
  } finally {
    await other?.stop();
    await ensureTestAdmin(server.db.prisma); // the password the other tests log in with
  }
});

test("the listening connection comes back on its own when the database drops it", async () => {
  const listening = () =>
    server.db.prisma.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'vigia-auth-listener' AND state = 'idle' AND query LIKE 'LISTEN%'`;
  const [before] = await listening();
  if (!before) throw new Error("no auth listener connection found");
  await server.db.prisma.$queryRaw`SELECT pg_terminate_backend(${before.pid}::int)`;
  for (let tries = 0; ; tries++) {
    const now = await listening();
    if (now.length === 1 && now[0]?.pid !== before.pid) break;
    if (tries > 400) throw new Error(`the auth listener did not come back (${JSON.stringify(now)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(server.srv.output()).toMatch(/listener on vigia_auth_ended lost/);

  const closingsSoFar = (server.srv.output().match(/closed \d+ socket\(s\): .*/g) ?? []).length;
  const cookie = await logInOverApi(server.srv.url);
  const socket = await connectClient(server.srv.url, {}, { cookie });
  await socket.synced;
  await fetch(`${server.srv.url}/api/auth/logout`, { method: "POST", headers: { cookie } });
  expect(await closedWithin(socket, "logout after the listener reconnected")).toEqual({ reason: "io server disconnect", authEnded: "signed_out" });
  expect(await closingLogLine(server.srv, closingsSoFar + 1)).toBe("closed 1 socket(s): signed out (notified)");
});
