"use client";

import { useState } from "react";
import { IconUsers } from "@/components/icons/chat-icons";
import { cn } from "@/components/ui/cn";
import { colourIndex, initials } from "@/lib/chats/chat-title";

const TONES = [
  "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200",
  "bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-200",
  "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-200",
  "bg-rose-100 text-rose-800 dark:bg-rose-900 dark:text-rose-200",
  "bg-violet-100 text-violet-800 dark:bg-violet-900 dark:text-violet-200",
  "bg-teal-100 text-teal-800 dark:bg-teal-900 dark:text-teal-200",
];

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The chat's photo; initials on a colour when there is none or it fails to load (Z-API's links expire). */
export function ChatAvatar({ id, title, photoUrl, group, className }: { id: string; title: string; photoUrl: string | null; group: boolean; className?: string }) {
  const url = httpUrl(photoUrl);
  const [failed, setFailed] = useState<string | null>(null);
  const base = cn("flex size-11 shrink-0 items-center justify-center overflow-hidden rounded-full text-sm font-semibold", className);
  if (url && failed !== url) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a remote WhatsApp CDN URL that expires: not for next/image's optimiser
      <img
        src={url}
        alt=""
        className={cn(base, "object-cover")}
        referrerPolicy="no-referrer"
        onError={() => setFailed(url)}
        // An image that failed before React hydrated fired its error event to nobody: check on mount too.
        ref={(img) => {
          if (img?.complete && img.naturalWidth === 0) setFailed(url);
        }}
      />
    );
  }
  return (
    <span aria-hidden="true" data-testid="avatar-fallback" className={cn(base, TONES[colourIndex(id, TONES.length)])}>
      {group ? <IconUsers className="size-5" /> : initials(title)}
    </span>
  );
}
