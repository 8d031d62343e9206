"use client";

import { useEffect } from "react";

const BADGE = /^\(\d+\+?\) /;

/**
 * "(3) Conversas · Vigia": a count in the tab title, for a background tab (instances down on the fleet page,
 * unread messages on the chats page). Next streams a page's metadata after hydration and replaces <title>
 * then, and on every client navigation: the badge is put back on each change of the head, or it would vanish.
 */
export function useTitleBadge(count: number): void {
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(BADGE, "");
      const wanted = count > 0 ? `(${count > 999 ? "999+" : count}) ${base}` : base;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(BADGE, "");
    };
  }, [count]);
}
