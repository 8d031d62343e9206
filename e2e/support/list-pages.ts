import { readdirSync } from "node:fs";
import path from "node:path";

export type PageRoute = { file: string; path: string } | { file: string; path: null; skipped: string };

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** Every `page.tsx` under app/, relative to it (folders starting with `_` are private in Next, not routes). */
function pageFiles(dir: string, rel = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pageFiles(path.join(dir, entry.name), child);
    return /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name) ? [child] : [];
  });
}

/**
 * The URL of every page in the app tree, so a new page is covered without editing the specs: route groups
 * `(x)` and parallel-route slots `@x` add nothing to the URL; a dynamic segment `[name]` takes a real value
 * from `params`, looked up as "<parent segment>/<name>" first (so `events/[id]` can differ from
 * `tokens/[id]`), then "<name>"; without one the page is listed as skipped, with the reason.
 */
export function listPages(params: Record<string, string>): PageRoute[] {
  return pageFiles(APP_DIR).map((file): PageRoute => {
    const parts: string[] = [];
    for (const segment of file.split("/").slice(0, -1)) {
      if (/^\(.*\)$/.test(segment) || segment.startsWith("@")) continue;
      const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
      if (!dynamic) {
        parts.push(segment);
        continue;
      }
      const name = dynamic[1] as string;
      const value = params[`${parts.at(-1) ?? ""}/${name}`] ?? params[name];
      if (value === undefined) return { file, path: null, skipped: `no value for the dynamic segment ${segment} in the seeded data` };
      parts.push(encodeURIComponent(value));
    }
    return { file, path: `/${parts.join("/")}` };
  });
}
