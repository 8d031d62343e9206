"use client";

import { useTranslations } from "next-intl";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { focusRing } from "@/components/ui/focus-ring";

/** JSON indented for reading; anything else exactly as stored. */
function pretty(body: string, encoding: "utf8" | "base64"): { text: string; json: boolean } {
  if (encoding !== "utf8") return { text: body, json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

/** The raw body, pretty-printed, with a copy of the body exactly as received. Rendered as text only. */
export function EventBody({ body, encoding }: { body: string; encoding: "utf8" | "base64" }) {
  const t = useTranslations("eventDetail");
  const shown = pretty(body, encoding);
  return (
    <Card aria-labelledby="event-body-title">
      <CardHeader>
        <CardTitle id="event-body-title">{t("bodyTitle")}</CardTitle>
        <CopyButton value={body} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
      </CardHeader>
      {encoding === "base64" ? <p className="px-4 pt-3 text-xs text-zinc-600 dark:text-zinc-400">{t("bodyBase64")}</p> : null}
      {encoding === "utf8" && !shown.json ? <p className="px-4 pt-3 text-xs text-zinc-600 dark:text-zinc-400">{t("bodyNotJson")}</p> : null}
      {/* Focusable so a keyboard can scroll it; labelled by the card title. */}
      <pre
        tabIndex={0}
        aria-labelledby="event-body-title"
        data-testid="event-body"
        className={`${focusRing} m-0 max-h-[36rem] overflow-auto p-4 font-mono text-xs leading-relaxed break-normal whitespace-pre text-zinc-800 dark:text-zinc-200`}
      >
        {shown.text}
      </pre>
    </Card>
  );
}
