"use client";

import { useTranslations } from "next-intl";
import { formatPhone } from "@/components/format/format-phone";
import { IconContactCard, IconFile, IconPin } from "@/components/icons/chat-icons";
import { Card, OutLink } from "./card";
import { httpUrl, list, num, type Rec, str } from "./read-content";

export function DocumentCard({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const url = httpUrl(c.documentUrl);
  const name = str(c.fileName) ?? str(c.title) ?? t("document");
  const pages = num(c.pageCount);
  const type = str(c.mimeType)?.split("/").pop()?.split(".").pop()?.toUpperCase() ?? null;
  const size = num(c.fileSize) ?? num(c.size);
  return (
    <Card icon={<IconFile className="size-6" />} title={name} lines={[[type, pages ? t("pages", { count: pages }) : null, size ? t("bytes", { size: Math.round(size / 1024) }) : null].filter(Boolean).join(" · ")]}>
      {url ? <OutLink href={url}>{t("download")}</OutLink> : <span className="text-xs text-zinc-500">{t("mediaGone")}</span>}
    </Card>
  );
}

/** A map link (OpenStreetMap: no key, no tracking script); live locations say so. */
export function LocationCard({ c, live }: { c: Rec; live: boolean }) {
  const t = useTranslations("chats.bubble");
  const lat = num(c.latitude);
  const lon = num(c.longitude);
  const map = lat !== null && lon !== null ? `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}` : null;
  return (
    <Card
      icon={<IconPin className="size-6" />}
      title={str(c.name) ?? (live ? t("liveLocation") : t("location"))}
      lines={[str(c.address), lat !== null && lon !== null ? `${lat.toFixed(5)}, ${lon.toFixed(5)}` : null, live ? t("liveHint") : null]}
    >
      {map ? <OutLink href={map}>{t("openMap")}</OutLink> : null}
    </Card>
  );
}

export function ContactCard({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const phones = list(c.phones).flatMap((p) => (typeof p === "string" ? [formatPhone(p) ?? p] : []));
  const fromVcard = [...(str(c.vCard) ?? "").matchAll(/waid=(\d+)/g)].map((m) => formatPhone(m[1]) ?? m[1]);
  const numbers = [...new Set([...phones, ...fromVcard])];
  return <Card icon={<IconContactCard className="size-6" />} title={str(c.displayName) ?? t("contact")} lines={numbers.length ? numbers : [t("noNumber")]} />;
}
