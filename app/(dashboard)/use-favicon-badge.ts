"use client";

import { useEffect } from "react";

/** app/icon.svg with a red badge and the count: a pinned or background tab shows trouble without its title. */
function badgeIcon(count: number): string {
  const label = count > 9 ? "9+" : String(count);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0b8a6f"/><path d="M5 16h5l2.5-5 4 10 3-7 1.5 2H27" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/><circle cx="22" cy="10" r="10" fill="#dc2626" stroke="#fff" stroke-width="1.5"/><text x="22" y="14.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="700" font-size="${label.length > 1 ? 11 : 13}" fill="#fff">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * While `count` > 0 the page's icons show the badge; they get their own href back after. Only the href is
 * changed (the <link> elements are Next's, from app/icon.svg), so a navigation that re-renders them is harmless.
 */
export function useFaviconBadge(count: number): void {
  useEffect(() => {
    if (count <= 0) return;
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
    const created = links.length === 0 ? document.head.appendChild(Object.assign(document.createElement("link"), { rel: "icon" })) : null;
    const targets = created ? [created] : links;
    const before = targets.map((l) => l.getAttribute("href"));
    const href = badgeIcon(count);
    for (const l of targets) l.setAttribute("href", href);
    document.documentElement.dataset.faviconBadge = String(count);
    return () => {
      targets.forEach((l, i) => {
        const old = before[i];
        if (old) l.setAttribute("href", old);
      });
      created?.remove();
      delete document.documentElement.dataset.faviconBadge;
    };
  }, [count]);
}
