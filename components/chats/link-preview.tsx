import { httpUrl, type Rec, str } from "./content/read-content";

/** WhatsApp's link preview (or an ad's context) that came with a text: thumbnail, title, description, host. */
export function LinkPreview({ c }: { c: Rec }) {
  const url = httpUrl(c.url) ?? httpUrl(c.sourceUrl);
  const title = str(c.title);
  const description = str(c.description) ?? str(c.body);
  if (!title && !description) return null;
  const thumb = httpUrl(c.thumbnailUrl);
  const body = (
    <span className="flex gap-2 rounded-md bg-black/5 p-1.5 dark:bg-white/5">
      {/* eslint-disable-next-line @next/next/no-img-element -- an expiring remote thumbnail, not for next/image */}
      {thumb ? <img src={thumb} alt="" loading="lazy" referrerPolicy="no-referrer" className="size-14 shrink-0 rounded object-cover" /> : null}
      <span className="min-w-0">
        {title ? <span className="block truncate text-sm font-medium">{title}</span> : null}
        {description ? <span className="line-clamp-2 block text-xs text-zinc-600 dark:text-zinc-400">{description}</span> : null}
        {url ? <span className="block truncate text-xs text-zinc-500">{new URL(url).host}</span> : null}
      </span>
    </span>
  );
  return (
    <div data-testid="link-preview" className="mb-1">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer nofollow">
          {body}
        </a>
      ) : (
        body
      )}
    </div>
  );
}
