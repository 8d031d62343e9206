import { type BrowserContext, expect, test } from "@playwright/test";
import { startPushService } from "../test/helpers/push-service";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { saveScreenshot } from "./support/screenshots";
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

test("subscribed from the settings page, this browser shows a disconnect pushed through the push service with no Vigia page open", async ({ page, context, baseURL }) => {
  const push = await startPushService();
  try {
    const sub = push.subscribe();
    await fakePushManager(context, sub);
    await context.grantPermissions(["notifications"]);
    await logIn(context);
    const instanceId = uniqueInstanceId();
    await postWebhook(context.request, fixture("connected", { instanceId, momment: Date.now() }));
    // This instance alerts at once, so the test does not wait out the default delay.
    expect((await context.request.put(`/api/alerts/policy?scope=${instanceId}`, { data: { delaySeconds: 0, sendRecovery: false } })).status()).toBe(200);

    await page.goto("/settings/alerts");
    const card = page.getByTestId("push-subscription");
    await expect(card).toHaveAttribute("data-state", "off");
    await expect(card.getByTestId("push-state")).toHaveText(pt.push.off);
    await card.getByRole("button", { name: pt.push.subscribe }).click();
    await expect(card).toHaveAttribute("data-state", "subscribed");
    await expect(card.getByTestId("push-state")).toHaveText(pt.push.subscribed);
    await expect(card.getByText(pt.push.noChannel)).toBeVisible();
    await saveScreenshot(page, "push-subscribed-no-channel-light-desktop-pt-BR");

    // A Web Push channel for this instance only, through the form.
    const form = page.getByRole("form", { name: pt.alertSettings.add });
    await form.getByLabel(pt.alertSettings.kind).selectOption("push");
    await form.getByLabel(pt.alertSettings.name).fill("Celular do plantão");
    await form.getByLabel(pt.alertSettings.scope).selectOption(instanceId);
    await form.getByRole("button", { name: pt.alertSettings.add }).click();
    await expect(page.getByTestId("alert-channel").filter({ hasText: "Celular do plantão" })).toContainText("Web Push");
    await expect(card.getByText(pt.push.noChannel)).toHaveCount(0);

    // DevTools' view of the service worker, from a page that is not Vigia's, to deliver the push later.
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
    await expect.poll(() => push.received.filter((p) => p.subscription === sub.id).length, { timeout: 30_000 }).toBe(1);
    const received = push.received.find((p) => p.subscription === sub.id);
    const publicKey = ((await (await context.request.get("/api/push/vapid-public-key")).json()) as { publicKey: string }).publicKey;
    expect(received?.vapidKey).toBe(publicKey);
    const payload = JSON.parse(received?.payload ?? "{}") as { title: string; body: string; url: string; tag: string };
    expect(payload.body).toContain("Celular sem bateria (push)");
    expect(payload.url).toMatch(/\/incidents\/\d+$/);

    await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: received?.payload ?? "" });
    // Asked of the service worker itself: still no Vigia page is open.
    // The worker Chromium runs now (it may have stopped and started again since the page closed).
    const shown = async () => {
      const worker = context.serviceWorkers().filter((w) => w.url() === `${origin}/sw.js`).at(-1);
      if (!worker) return null;
      return worker.evaluate(async () => {
        const notifications = await (self as unknown as { registration: ServiceWorkerRegistration }).registration.getNotifications();
        return notifications.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url }));
      });
    };
    await expect
      .poll(() => shown().catch(() => null))
      .toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, url: new URL(payload.url, origin).href }]);
    expect(context.pages().map((p) => p.url())).toEqual(["about:blank"]);
    expect(push.rejected).toEqual([]);

    // Unsubscribing takes it back on both sides.
    const again = await context.newPage();
    await again.goto("/settings/alerts");
    const card2 = again.getByTestId("push-subscription");
    await expect(card2).toHaveAttribute("data-state", "subscribed");
    await card2.getByRole("button", { name: pt.push.unsubscribe }).click();
    await expect(card2).toHaveAttribute("data-state", "off");
    const test = await context.request.post(`/api/alerts/channels/${await channelId(context, "Celular do plantão")}/test`);
    expect(((await test.json()) as { lastError: string | null }).lastError).toContain("no browser is subscribed");
  } finally {
    await push.close();
  }
});

async function channelId(context: BrowserContext, name: string): Promise<string> {
  const list = (await (await context.request.get("/api/alerts/channels")).json()) as { items: { id: string; name: string }[] };
  return list.items.find((c) => c.name === name)?.id ?? "";
}

const shots = [
  { locale: "pt-BR", theme: "light", viewport: "desktop" },
  { locale: "pt-BR", theme: "dark", viewport: "phone" },
  { locale: "en", theme: "dark", viewport: "desktop" },
  { locale: "en", theme: "light", viewport: "phone" },
] as const;

for (const shot of shots) {
  test(`push subscription card ${shot.theme}-${shot.viewport}-${shot.locale}`, async ({ browser }) => {
    const push = await startPushService();
    const phone = shot.viewport === "phone";
    const context = await browser.newContext({ locale: shot.locale, colorScheme: shot.theme, viewport: phone ? { width: 390, height: 844 } : { width: 1440, height: 900 }, isMobile: phone });
    try {
      await fakePushManager(context, push.subscribe());
      await context.grantPermissions(["notifications"]);
      await logIn(context);
      const page = await context.newPage();
      await page.goto("/settings/alerts");
      const words = shot.locale === "en" ? en : pt;
      const card = page.getByTestId("push-subscription");
      await card.getByRole("button", { name: words.push.subscribe }).click();
      await expect(card.getByTestId("push-state")).toHaveText(words.push.subscribed);
      await card.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `push-subscribed-${shot.theme}-${shot.viewport}-${shot.locale}`, { firstScreen: phone });
      await card.getByRole("button", { name: words.push.unsubscribe }).click();
      await expect(card).toHaveAttribute("data-state", "off");
      await saveScreenshot(page, `push-off-${shot.theme}-${shot.viewport}-${shot.locale}`, { firstScreen: phone });
    } finally {
      await context.close();
      await push.close();
    }
  });
}
