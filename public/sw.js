// Vigia's service worker: shows the alerts that arrive by Web Push while no Vigia tab is open, and opens the
// incident when the notification is clicked. The payload is what lib/alerts/channels/send-push.ts sends:
// { title, body, url, tag }. The tag is the delivery's: a retried push replaces its notification.
// No fetch handler on purpose: Vigia is a live dashboard, nothing of it is served from a cache.

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

function readPayload(data) {
  if (!data) return {};
  try {
    const parsed = data.json();
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return { body: data.text() };
  }
}

/** Only a web address opens: a payload is Vigia's own, but a window must never open something else. */
function safeUrl(value) {
  try {
    const url = new URL(typeof value === "string" ? value : "/", self.location.origin);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : self.location.origin + "/";
  } catch {
    return self.location.origin + "/";
  }
}

self.addEventListener("push", (event) => {
  const payload = readPayload(event.data);
  const title = typeof payload.title === "string" && payload.title ? payload.title : "Vigia";
  const options = {
    body: typeof payload.body === "string" ? payload.body : "",
    tag: typeof payload.tag === "string" && payload.tag ? payload.tag : undefined,
    data: { url: safeUrl(payload.url) },
    icon: "/icons/icon-192.png",
    badge: "/icons/badge-96.png",
    requireInteraction: true,
  };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = safeUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const exact = windows.find((w) => w.url === url);
      if (exact) return exact.focus();
      const ours = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (ours && new URL(url).origin === self.location.origin) {
        const navigated = await ours.navigate(url).catch(() => null);
        return (navigated || ours).focus();
      }
      return self.clients.openWindow(url);
    })(),
  );
});

// The browser renewed the subscription (keys rotated, push service moved it): tell Vigia the new one, as the
// settings page would. The old row is removed by the first push that gets a 404/410 for it.
self.addEventListener("pushsubscriptionchange", (event) => {
  const options = event.oldSubscription ? event.oldSubscription.options : null;
  if (!options) return;
  event.waitUntil(
    self.registration.pushManager
      .subscribe(options)
      .then((sub) => fetch("/api/push/subscription", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(sub.toJSON()) }))
      .catch(() => undefined),
  );
});
