import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

/**
 * The web app manifest (/manifest.webmanifest): with it and the service worker (public/sw.js) a browser
 * offers to install Vigia, and a phone shows its alerts like an app's. iPhones deliver Web Push only to a
 * site added to the home screen. Served without a session (proxy.ts), as browsers fetch it without cookies.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("meta");
  return {
    name: t("title"),
    short_name: "Vigia",
    description: t("description"),
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#09090b",
    theme_color: "#0b8a6f",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
