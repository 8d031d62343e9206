import { type BrowserContext, expect, test } from "@playwright/test";
import { startPushService } from "../test/helpers/push-service";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueInstanceId } from "./support/zapi";

// Web Push end to end, and what of it is real here:
// - real: Vigia's service worker (public/sw.js) registering in Chromium, the settings page subscribing and
//   sending the subscription to Vigia, Vigia's alert loop encrypting and VAPID-signing the push and POSTing it
//   to a push service (test/helpers/push-service.ts, which checks the signature and decrypts the body with the
//   subscription's private key), and the service worker showing the notification with no Vigia page open.
// - simulated: Chromium's own subscription and its push service. Chromium subscribes through Google's FCM,
//   which these machines cannot reach (headless Chromium here answers "Registration failed - permission
//   denied"), so PushManager.subscribe()/getSubscription() are replaced in the page by a subscription whose
//   endpoint and keys belong to the local push service; and FCM's leg to the browser is DevTools'
//   ServiceWorker.deliverPushMessage, given the payload the local push service decrypted.

type Sub = { endpoint: string; keys: { p256dh: string; auth: string } };

/** Replaces the browser's push subscription with `sub` (see above); the key it was made with is kept in localStorage. */
async function fakePushManager(context: BrowserContext, sub: Sub): Promise<void> {
  await context.addInitScript((s: Sub) => {
    const STORE = "__vigiaE2ePushKey";
    const bytes = (b64u: string) => {
      const raw = atob(b64u.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(b64u.length / 4) * 4, "="));
      return Uint8Array.from(raw, (c) => c.charCodeAt(0)).buffer;
    };
    const make = (key: string) => ({
      endpoint: s.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: bytes(key) },
      getKey: (name: string) => bytes(name === "p256dh" ? s.keys.p256dh : s.keys.auth),
      toJSON: () => ({ endpoint: s.endpoint, expirationTime: null, keys: s.keys }),
      unsubscribe: () => {
        localStorage.removeItem(STORE);
        return Promise.resolve(true);
      },
    });
    PushManager.prototype.subscribe = function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      if (!(key instanceof Uint8Array)) return Promise.reject(new Error("Vigia passes its VAPID key as bytes"));
      const b64u = btoa(String.fromCharCode(...Array.from(key as Uint8Array))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      localStorage.setItem(STORE, b64u);
      return Promise.resolve(make(b64u) as unknown as PushSubscription);
    };
    PushManager.prototype.getSubscription = function () {
      const key = localStorage.getItem(STORE);
      return Promise.resolve(key ? (make(key) as unknown as PushSubscription) : null);
    };
  }, sub);
}

test("the service worker registers and the app is installable: manifest and icons load without a session", async ({ page, context, playwright, baseURL }) => {
  await logIn(context);
  await page.goto("/");
  const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? null);
  expect(script).toBe(`${baseURL}/sw.js`);
  // Browsers fetch the manifest and its icons without cookies.
  const anonymous = await playwright.request.newContext({ baseURL });
  const manifest = await anonymous.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { display: string; start_url: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(body).toMatchObject({ display: "standalone", start_url: "/" });
  expect(body.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const src of [...body.icons.map((i) => i.src), "/sw.js"]) {
    const res = await anonymous.get(src, { maxRedirects: 0 });
    expect(res.status(), src).toBe(200);
  }
  expect((await anonymous.get("/icons/icon-512.png")).headers()["content-type"]).toBe("image/png");
  expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe("/manifest.webmanifest");
  await anonymous.dispose();
});

/** The service worker's global scope, as far as these tests use it (the DOM typings have no worker scope). */
type WorkerScope = {
  registration: ServiceWorkerRegistration;
  clients: { openWindow(url: string): Promise<unknown> };
  NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
  dispatchEvent(event: Event): boolean;
};

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

test("subscribed from the settings page, this browser shows a disconnect pushed through the push service with no Vigia page open, and its click opens the incident", async ({ page, context, baseURL }) => {
  const push = await startPushService();
  try {
    const sub = push.subscribe();
    const phone = push.subscribe();
    await fakePushManager(context, sub);
    await context.grantPermissions(["notifications"]);
    await logIn(context);
    // The same user's phone, subscribed the way the page does it (its own push service's endpoint and keys).
    expect((await context.request.post("/api/push/subscription", { data: phone, headers: { "user-agent": IPHONE } })).status()).toBe(201);
    const instanceId = uniqueInstanceId();
    await postWebhook(context.request, fixture("connected", { instanceId, momment: Date.now() }));
    // This instance alerts at once, so the test does not wait out the default delay. (Its policy can be set once
    // the normaliser has made the instance from the webhook: 404 until then.)
    const policy = () => context.request.put(`/api/alerts/policy?scope=${instanceId}`, { data: { delaySeconds: 0, sendRecovery: false } });
    await expect.poll(async () => (await policy()).status()).toBe(200);

    await page.goto("/settings/alerts");
    const card = page.getByTestId("push-subscription");
    await expect(card).toHaveAttribute("data-state", "off");
    await expect(card.getByTestId("push-state")).toHaveText(pt.push.off);
    const devices = card.getByTestId("push-device");
    await expect(devices).toHaveCount(1);
    await expect(devices.first()).toContainText("Safari no iOS");
    await expect(devices.first()).toHaveAttribute("data-this", "false");
    await card.getByRole("button", { name: pt.push.subscribe }).click();
    await expect(card).toHaveAttribute("data-state", "subscribed");
    await expect(card.getByTestId("push-state")).toHaveText(pt.push.subscribed);
    await expect(card.getByText(pt.push.noChannel)).toBeVisible();
    // Named from this browser's User-Agent (Playwright's desktop Chrome says Windows), marked as this one.
    await expect(devices).toHaveCount(2);
    await expect(devices.nth(1)).toContainText("Chrome no Windows");
    await expect(devices.nth(1)).toContainText(pt.pushDevices.thisBrowser);
    await expect(devices.nth(1)).toContainText(pt.pushDevices.noPushYet);
    await expect(devices.nth(1)).toHaveAttribute("data-this", "true");
    await saveScreenshot(page, "push-subscribed-no-channel-light-desktop-pt-BR");

    // A Web Push channel for this instance only, through the form.
    const form = page.getByRole("form", { name: pt.alertSettings.add });
    await form.getByLabel(pt.alertSettings.kind).selectOption("push");
    await form.getByLabel(pt.alertSettings.name).fill("Celular do plantão");
    await form.getByLabel(pt.alertSettings.scope).selectOption(instanceId);
    await form.getByRole("button", { name: pt.alertSettings.add }).click();
    await expect(page.getByTestId("alert-channel").filter({ hasText: "Celular do plantão" })).toContainText("Web Push");
    await expect(card.getByText(pt.push.noChannel)).toHaveCount(0);

    // DevTools' view of the service worker, from a page that is not Vigia's (about:blank), to deliver the push
    // later. (The browser-wide DevTools session has no ServiceWorker domain: it must be a page's session.)
    const origin = new URL(baseURL ?? "").origin;
    const helper = await context.newPage();
    const cdp = await context.newCDPSession(helper);
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
    cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => registrations.push(...e.registrations));
    await cdp.send("ServiceWorker.enable");
    await expect.poll(() => registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted)?.registrationId).toBeTruthy();
    const registrationId = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted)?.registrationId ?? "";

    await page.close();
    expect(context.pages().map((p) => p.url())).toEqual(["about:blank"]);

    await postWebhook(context.request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Celular sem bateria (push)" }));
    // Every subscribed browser of the installation gets it: this one and the phone.
    await expect.poll(() => push.received.filter((p) => p.subscription === sub.id || p.subscription === phone.id).length, { timeout: 30_000 }).toBe(2);
    const received = push.received.find((p) => p.subscription === sub.id);
    expect(push.received.find((p) => p.subscription === phone.id)?.payload).toBe(received?.payload);
    // Signed with the key the browser subscribed with, as Chromium's push service would check it.
    const publicKey = ((await (await context.request.get("/api/push/vapid-public-key")).json()) as { publicKey: string }).publicKey;
    expect(received?.vapidKey).toBe(publicKey);
    expect(received?.claims.aud).toBe(push.url);
    expect(received?.headers).toMatchObject({ "content-encoding": "aes128gcm", urgency: "high" });
    const payload = JSON.parse(received?.payload ?? "{}") as { title: string; body: string; url: string; tag: string };
    expect(payload.body).toContain("Celular sem bateria (push)");
    expect(payload.url).toMatch(/\/incidents\/\d+$/);
    const incidentUrl = new URL(payload.url, origin).href;

    // Exactly the bytes the push service decrypted, handed to the service worker as Chromium's push service would.
    const deliver = () => cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: received?.payload ?? "" });
    await deliver();
    // Asked of the service worker itself: still no Vigia page is open.
    // The worker Chromium runs now (it may have stopped and started again since the page closed).
    const worker = () => context.serviceWorkers().filter((w) => w.url() === `${origin}/sw.js`).at(-1);
    const shown = async () => {
      const w = worker();
      if (!w) return null;
      return w.evaluate(async () => {
        const notifications = await (self as unknown as WorkerScope).registration.getNotifications();
        return notifications.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url }));
      });
    };
    const expected = [{ title: payload.title, body: payload.body, tag: payload.tag, url: incidentUrl }];
    await expect.poll(() => shown().catch(() => null)).toEqual(expected);
    expect(context.pages().map((p) => p.url())).toEqual(["about:blank"]);
    expect(push.rejected).toEqual([]);

    // The click. No DevTools method clicks a notification, and headless Chromium has no notification UI to
    // click, so the service worker's own notificationclick handler (public/sw.js) is given a NotificationEvent
    // made in the worker with the notification it showed. Chromium lets a worker open or focus a window only
    // while it handles a click the person made (a trusted event), so with no Vigia window open the handler's
    // clients.openWindow(incident) is refused: what it asked for is recorded on the way through to the real
    // call, and the refusal is Chromium's.
    // `untilOpened`: wait for the handler's openWindow call to settle (the handler first asks clients.matchAll()).
    const click = (w: NonNullable<ReturnType<typeof worker>>, untilOpened: boolean) =>
      w.evaluate(async (untilOpened) => {
        const g = self as unknown as WorkerScope;
        const [notification] = await g.registration.getNotifications();
        if (!notification) return null;
        const real = g.clients.openWindow.bind(g.clients);
        const opened = new Promise<{ url: string; outcome: string }>((resolve) => {
          g.clients.openWindow = (url) => {
            const attempt = real(url);
            attempt.then(
              () => resolve({ url, outcome: "opened" }),
              (e: unknown) => resolve({ url, outcome: String(e) }),
            );
            return attempt;
          };
        });
        g.dispatchEvent(new g.NotificationEvent("notificationclick", { notification }));
        return untilOpened ? [await opened] : [];
      }, untilOpened);
    const idle = worker();
    expect(idle).toBeTruthy();
    if (!idle) return;
    expect(await click(idle, true)).toEqual([{ url: incidentUrl, outcome: "InvalidAccessError: Not allowed to open a window." }]);
    await expect.poll(() => shown().catch(() => null)).toEqual([]);
    expect(context.pages().map((p) => p.url())).toEqual(["about:blank"]);

    // With a Vigia window open (on another page), the click takes that window to the incident: navigate() needs
    // no click of the person's, so here the handler's whole path is real.
    // The same push again (as a retry would send it), shown while no Vigia page is open, then a page is opened.
    await deliver();
    await expect.poll(() => shown().catch(() => null), { timeout: 30_000 }).toEqual(expected);
    const again = await context.newPage();
    await again.goto("/settings/alerts");
    await expect.poll(() => again.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${origin}/sw.js`);
    await expect.poll(() => shown().catch(() => null)).toEqual(expected);
    const open = worker();
    if (!open) throw new Error("no service worker");
    expect(await click(open, false)).toEqual([]);
    await expect(again).toHaveURL(incidentUrl);
    await expect.poll(() => shown().catch(() => null)).toEqual([]);
    await expect(again.getByText("Celular sem bateria (push)").first()).toBeVisible();

    // Unsubscribing takes it back on both sides; the phone is removed from the list of this user's devices.
    await again.goto("/settings/alerts");
    const card2 = again.getByTestId("push-subscription");
    await expect(card2).toHaveAttribute("data-state", "subscribed");
    const devices2 = card2.getByTestId("push-device");
    await expect(devices2).toHaveCount(2);
    await expect(devices2.first()).not.toContainText(pt.pushDevices.noPushYet);
    await card2.getByRole("button", { name: pt.push.unsubscribe }).click();
    await expect(card2).toHaveAttribute("data-state", "off");
    await expect(devices2).toHaveCount(1);
    await expect(devices2.first()).toContainText("Safari no iOS");
    await card2.getByRole("button", { name: pt.pushDevices.removeNamed.replace("{name}", "Safari no iOS") }).click();
    await expect(card2.getByTestId("push-devices-empty")).toHaveText(pt.pushDevices.empty);
    expect(((await (await context.request.get("/api/push/devices")).json()) as { items: unknown[] }).items).toEqual([]);
    const test = await context.request.post(`/api/alerts/channels/${await channelId(context, "Celular do plantão")}/test`);
    expect(((await test.json()) as { lastError: string | null }).lastError).toBe("no_push_subscribers");
    // …and the channel's row says so in the reader's words (lib/alerts/delivery-failure.ts), not in code.
    await again.reload();
    const channel = again.getByTestId("alert-channel").filter({ hasText: "Celular do plantão" });
    await expect(channel.getByTestId("last-delivery")).toContainText(pt.alertSettings.deliveryFailure.no_push_subscribers);
  } finally {
    await push.close();
  }
});

async function channelId(context: BrowserContext, name: string): Promise<string> {
  const list = (await (await context.request.get("/api/alerts/channels")).json()) as { items: { id: string; name: string }[] };
  return list.items.find((c) => c.name === name)?.id ?? "";
}

for (const { suffix, messages: words, phone, contextOptions } of screenCombos()) {
  test(`push subscription card ${suffix}`, async ({ browser }) => {
    const push = await startPushService();
    const context = await browser.newContext(contextOptions);
    try {
      await fakePushManager(context, push.subscribe());
      await context.grantPermissions(["notifications"]);
      await logIn(context);
      const page = await context.newPage();
      await page.goto("/settings/alerts");
      const card = page.getByTestId("push-subscription");
      await card.getByRole("button", { name: words.push.subscribe }).click();
      await expect(card.getByTestId("push-state")).toHaveText(words.push.subscribed);
      await card.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `push-subscribed-${suffix}`, { firstScreen: phone });
      await card.getByRole("button", { name: words.push.unsubscribe }).click();
      await expect(card).toHaveAttribute("data-state", "off");
      await saveScreenshot(page, `push-off-${suffix}`, { firstScreen: phone });
    } finally {
      await context.close();
      await push.close();
    }
  });
}
