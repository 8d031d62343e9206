import { Fragment } from "react";
import { highlightRanges } from "@/lib/chats/highlight";

/** Text with every accent- and case-insensitive occurrence of `query` marked (React text only). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, query)) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} data-testid="search-mark" className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
