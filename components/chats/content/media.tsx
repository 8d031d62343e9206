"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { IconImage, IconMic, IconVideo } from "@/components/icons/chat-icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { httpUrl } from "./read-content";

/** What shows when the file is gone (Z-API keeps files 30 days, docs/zapi/SPEC.md §3.3) or never had a link. */
export function MediaGone({ kind }: { kind: "image" | "video" | "audio" }) {
  const t = useTranslations("chats.bubble");
  const Icon = kind === "audio" ? IconMic : kind === "video" ? IconVideo : IconImage;
  return (
    <div data-testid="media-gone" className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-3 text-xs text-zinc-600 dark:bg-white/5 dark:text-zinc-400">
      <Icon className="size-5 shrink-0" />
      {t("mediaGone")}
    </div>
  );
}

/** A thumbnail; a click shows it large over the page (Esc or a click closes it). */
export function MediaImage({ url, thumb, sticker = false }: { url: unknown; thumb?: unknown; sticker?: boolean }) {
  const t = useTranslations("chats.bubble");
  const full = httpUrl(url);
  const small = httpUrl(thumb) ?? full;
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  if (!small || failed) return <MediaGone kind="image" />;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={cn(focusRing, "block overflow-hidden rounded-md")} aria-label={t("enlarge")}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Z-API's expiring file links, not for next/image's optimiser */}
        <img
          src={small}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setFailed(true)}
          // A load that failed before hydration fired its error event to nobody (components/chats/chat-avatar.tsx).
          ref={(img) => {
            if (img?.complete && img.naturalWidth === 0) setFailed(true);
          }}
          className={sticker ? "size-32 object-contain" : "max-h-72 w-full max-w-xs object-cover"}
        />
      </button>
      {open ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-label={t("enlarge")}
          className="fixed inset-0 z-50 flex items-center justify-center bg-black/80 p-4"
          onClick={() => setOpen(false)}
          onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
          <img src={full ?? small} alt="" referrerPolicy="no-referrer" className="max-h-full max-w-full rounded" />
        </div>
      ) : null}
    </>
  );
}

export function MediaVideo({ url, round = false, gif = false }: { url: unknown; round?: boolean; gif?: boolean }) {
  const src = httpUrl(url);
  const [failed, setFailed] = useState(false);
  if (!src || failed) return <MediaGone kind="video" />;
  return (
    <video
      src={src}
      controls={!gif}
      autoPlay={gif}
      loop={gif}
      muted={gif}
      playsInline
      preload="metadata"
      onError={() => setFailed(true)}
      className={round ? "size-56 rounded-full object-cover" : "max-h-72 w-full max-w-xs rounded-md bg-black"}
    />
  );
}

export function MediaAudio({ url, seconds, voice, played }: { url: unknown; seconds: number | null; voice: boolean; played: boolean }) {
  const t = useTranslations("chats.bubble");
  const src = httpUrl(url);
  const [failed, setFailed] = useState(false);
  const length = seconds !== null ? `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, "0")}` : null;
  return (
    <div className="flex flex-col gap-1">
      {!src || failed ? <MediaGone kind="audio" /> : <audio src={src} controls preload="none" onError={() => setFailed(true)} className="h-10 w-64 max-w-full" />}
      <div className="flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400">
        <IconMic className={cn("size-3.5", played && "text-sky-500")} />
        {voice ? t("voiceNote") : t("audio")}
        {length ? <span className="tabular-nums">· {length}</span> : null}
        {played ? <span data-testid="played">· {t("played")}</span> : null}
      </div>
    </div>
  );
}
