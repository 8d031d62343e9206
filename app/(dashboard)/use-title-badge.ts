"use client";

import { useEffect } from "react";

const BADGE = /^\(\d+\) /;

/** "(2) Painel · Vigia": a background tab still shows that instances are down. */
export function useTitleBadge(count: number): void {
  useEffect(() => {
    if (count <= 0) return;
    document.title = `(${count}) ${document.title.replace(BADGE, "")}`;
    return () => {
      document.title = document.title.replace(BADGE, "");
    };
  }, [count]);
}
