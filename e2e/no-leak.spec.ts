import { randomBytes } from "node:crypto";
import { expect, type Page, type Request, test } from "@playwright/test";
import { E2E_ADMIN, E2E_WEBHOOK_SECRET } from "./support/constants";
import { findLeaks, type LeakMarker, postLeakMarker } from "./support/leak-markers";
import { listPages } from "./support/list-pages";
import { pt } from "./support/messages";

type Recorded = { method: string; url: string; headers: Record<string, string>; body: string | null };

// Headers a replay must not copy: the credentials under test, and what fetch sets itself.
const DROPPED = new Set(["cookie", "host", "content-length", "connection", "accept-encoding"]);

/** Same-origin requests that can carry page data: documents, RSC fetches, server functions, API reads. */
function isReplayable(req: Request, origin: string): boolean {
  const url = new URL(req.url());
  if (url.origin !== origin || url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/socket.io/")) return false;
  if (req.method() === "GET") return true;
  return req.method() === "POST" && "next-action" in req.headers();
}

async function replay(r: Recorded, cookie: string | null): Promise<{ status: number; body: string }> {
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !DROPPED.has(k) && !k.startsWith(":")));
  if (cookie) headers.cookie = cookie;
  // redirect: "manual" keeps a 307's own body, which is where the old dashboard leaked (issue 5).
  const res = await fetch(r.url, { method: r.method, headers, body: r.body ?? undefined, redirect: "manual" });
  return { status: res.status, body: await res.text() };
}

/** Client-side navigation (no document load), as a click on a link does, waiting for its RSC answer. */
async function navigate(page: Page, path: string, inFlight: Set<Request>): Promise<void> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().headers().rsc === "1");
  await page.evaluate((p) => (window as unknown as { next: { router: { push(p: string): void } } }).next.router.push(p), path);
  await answered;
  await expect.poll(() => inFlight.size).toBe(0);
}

test("no page, RSC request or server function answers a stranger with conversation data", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  if (!baseURL) throw new Error("baseURL is not configured");
  const origin = new URL(baseURL).origin;
  const marker: LeakMarker = await postLeakMarker(request);

  const captures: Promise<Recorded>[] = [];
  const inFlight = new Set<Request>();
  page.on("request", (req) => {
    if (!isReplayable(req, origin)) return;
    inFlight.add(req);
    captures.push(req.allHeaders().then((headers) => ({ method: req.method(), url: req.url(), headers, body: req.postData() })));
  });
  const settle = (req: Request) => inFlight.delete(req);
  page.on("requestfinished", settle);
  page.on("requestfailed", settle);

  // Logged in through the real form; the dashboard shows the marker, so the data is there to leak.
  await page.goto("/login");
  await page.getByLabel(pt.login.email).fill(E2E_ADMIN.email);
  await page.getByLabel(pt.login.password, { exact: true }).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: pt.login.submit }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(marker.text)).toBeVisible();

  // Values for dynamic segments, from the seeded data (see listPages for how they are looked up).
  const chats = (await (await page.request.get(`/api/chats?q=${encodeURIComponent(marker.chatName)}`)).json()) as { items: { id: string }[] };
  const events = (await (await page.request.get(`/api/events?instanceId=${marker.instanceId}`)).json()) as { items: { id: string }[] };
  // An incident of the marker's instance: its page lists the chats that wrote just before it (the marker's).
  await page.request.post(`/api/webhooks/zapi/${E2E_WEBHOOK_SECRET}`, { data: { type: "DisconnectedCallback", instanceId: marker.instanceId, momment: Date.now(), error: "leak check" } });
  let incidents: { items: { id: string }[] } = { items: [] };
  await expect
    .poll(async () => (incidents = (await (await page.request.get(`/api/incidents?instanceId=${marker.instanceId}`)).json()) as typeof incidents).items.length)
    .toBeGreaterThan(0);
  const found = { chatId: chats.items[0]?.id, instanceId: marker.instanceId, messageId: marker.messageId, "events/id": events.items[0]?.id, "incidents/id": incidents.items[0]?.id };
  const params = Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => e[1] !== undefined));
  const pages = listPages(params);
  for (const p of pages) {
    if (p.path === null) test.info().annotations.push({ type: "page not checked", description: `app/${p.file}: ${p.skipped}` });
  }
  const paths = pages.flatMap((p) => (p.path === null ? [] : [p.path]));
  expect(paths).toContain("/"); // the enumeration found the app tree at all

  for (const [i, path] of paths.entries()) {
    // Navigating to the page already shown would not ask the server: step to another one first.
    if (new URL(page.url()).pathname === path) await navigate(page, paths[(i + 1) % paths.length] as string, inFlight);
    await navigate(page, path, inFlight);
  }
  // A request made twice (a prefetch and a navigation can be identical) is replayed once.
  const recorded = [...new Map((await Promise.all(captures)).map((r) => [JSON.stringify(r), r])).values()];
  for (const path of paths) {
    expect(recorded.some((r) => new URL(r.url).pathname === path && r.headers.rsc === "1"), `an RSC request for ${path}`).toBe(true);
  }

  // Plain requests for every page as well, as curl or a script would send them.
  for (const path of paths) {
    recorded.push({ method: "GET", url: `${origin}${path}`, headers: {}, body: null });
    recorded.push({ method: "GET", url: `${origin}${path}`, headers: { rsc: "1" }, body: null });
  }

  // Control: the same requests with the admin's cookie do carry every marker value, so the check can fail.
  const cookie = (await page.context().cookies(origin)).map((c) => `${c.name}=${c.value}`).join("; ");
  const seenWithCookie = new Set<string>();
  for (const r of recorded) for (const found of findLeaks((await replay(r, cookie)).body, marker)) seenWithCookie.add(found);
  expect([...seenWithCookie]).toEqual(expect.arrayContaining(["message text", "chat name", "phone number", "instance id"]));

  // No cookie, and a well-formed but unknown session cookie (it gets past a cookie-presence check in proxy.ts).
  const forged = `vigia_session=${randomBytes(32).toString("base64url")}`;
  const leaks: string[] = [];
  for (const r of recorded) {
    for (const [who, credentials] of [["no cookie", null], ["forged cookie", forged]] as const) {
      const answer = await replay(r, credentials);
      // What the stranger put in the request (an id in the path or query) comes back in the router's tree and in
      // the login redirect's `next`: an echo tells them nothing they did not send. Everything else counts.
      const sent = new Set(findLeaks(`${decodeURIComponent(r.url)} ${r.body ?? ""}`, marker));
      const found = findLeaks(answer.body, marker).filter((f) => !sent.has(f));
      const kind = r.headers["next-action"] ? "server function" : r.headers.rsc ? "RSC" : "plain";
      if (found.length) leaks.push(`${who}: ${r.method} ${r.url} (${kind}) → ${answer.status} shows ${found.join(", ")}`);
    }
  }
  expect(leaks, `${recorded.length} requests replayed`).toEqual([]);
});
