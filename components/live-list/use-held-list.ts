"use client";

import { type FocusEvent, type RefCallback, useCallback, useEffect, useMemo, useState } from "react";

/** Scrolled further than this from the top (window or the list's own scroll box) counts as reading. */
const SCROLL_SLACK_PX = 4;

type Reading = { hover: boolean; focus: boolean; scrolled: boolean };

export type HeldList<T> = {
  /** The rows to draw: live when nobody reads, otherwise the rows shown when reading began (updated in place). */
  items: readonly T[];
  /** Items that arrived while held: shown behind the "N new" pill. */
  pending: number;
  /** Shows the queued items (the pill's click) and brings the list's top back into view. */
  release: () => void;
  /** Spread on the list element (the `<ul>`): it tells when the reader hovers, focuses or scrolled it. */
  listProps: {
    ref: RefCallback<HTMLElement>;
    onPointerEnter: () => void;
    onPointerLeave: () => void;
    onFocus: () => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
};

function scrolledAway(list: HTMLElement | null): boolean {
  if (window.scrollY > SCROLL_SLACK_PX) return true;
  return list !== null && list.scrollTop > SCROLL_SLACK_PX;
}

/**
 * A live list that holds the reader's place (issue 10): while the reader hovers or focuses a row, or has
 * scrolled away from the top, new items wait behind a pill instead of pushing the rows down, and rows that
 * fall out of the live window (FEED_LIMIT in lib/live-store/live-state.ts) stay drawn. Rows already shown
 * still update in place (a receipt, a result), which moves nothing. `items` is newest first.
 */
export function useHeldList<T>(items: readonly T[], idOf: (item: T) => string): HeldList<T> {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [reading, setReading] = useState<Reading>({ hover: false, focus: false, scrolled: false });
  const held = reading.hover || reading.focus || reading.scrolled;
  // The rows on screen when reading began; null while the list follows the live items.
  const [frozen, setFrozen] = useState<readonly T[] | null>(null);
  // Adjusting state during render (React's "storing information from previous renders"): the freeze must
  // take the rows of this very render, before a new item is drawn.
  if (held && frozen === null) setFrozen(items);
  if (!held && frozen !== null) setFrozen(null);

  useEffect(() => {
    const update = () => {
      const scrolled = scrolledAway(list);
      setReading((r) => (r.scrolled === scrolled ? r : { ...r, scrolled }));
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    list?.addEventListener("scroll", update, { passive: true });
    return () => {
      window.removeEventListener("scroll", update);
      list?.removeEventListener("scroll", update);
    };
  }, [list]);

  const shown = useMemo(() => {
    if (frozen === null) return { items, pending: 0 };
    const live = new Map(items.map((item) => [idOf(item), item]));
    const frozenIds = new Set(frozen.map(idOf));
    return {
      items: frozen.map((item) => live.get(idOf(item)) ?? item),
      pending: items.reduce((count, item) => (frozenIds.has(idOf(item)) ? count : count + 1), 0),
    };
  }, [frozen, items, idOf]);

  const release = useCallback(() => {
    setFrozen(items);
    if (!list) return;
    list.scrollTo({ top: 0, behavior: "instant" });
    // Only back up to the list's top, not past the page's header and the cards above it.
    const { top } = list.getBoundingClientRect();
    if (top < 0) window.scrollBy({ top: top - 80, behavior: "instant" });
  }, [items, list]);

  const listProps = useMemo(
    () => ({
      ref: setList,
      onPointerEnter: () => setReading((r) => ({ ...r, hover: true })),
      onPointerLeave: () => setReading((r) => ({ ...r, hover: false })),
      onFocus: () => setReading((r) => ({ ...r, focus: true })),
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        setReading((r) => ({ ...r, focus: false }));
      },
    }),
    [],
  );

  return { items: shown.items, pending: shown.pending, release, listProps };
}
