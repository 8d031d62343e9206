"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IconKey } from "@/components/ui/settings-icons";
import type { TApiTokenDto } from "@/lib/tokens/api-token-dto";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenCallout } from "./new-token-callout";
import { TokenRow } from "./token-row";

/** `usage` is the server-rendered how-to; create and revoke only for admins (the API refuses others with 403). */
export function ApiTokens({ initial, canManage, usage }: { initial: TApiTokenDto[]; canManage: boolean; usage: ReactNode }) {
  const t = useTranslations("settings.tokens");
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  function onCreated({ token, item }: { token: string; item: TApiTokenDto }) {
    setTokens((list) => [item, ...list.filter((entry) => entry.id !== item.id)]);
    setCreated({ name: item.name, token });
    setAnnouncement(t("createdAnnouncement"));
  }

  function onRevoked(id: string) {
    // The API answers only {ok}; the exact time is on the server and shows on the next visit.
    const now = new Date().toISOString();
    const name = tokens.find((entry) => entry.id === id)?.name ?? "";
    setTokens((list) => list.map((entry) => (entry.id === id ? { ...entry, revokedAt: now } : entry)));
    setAnnouncement(t("revokedAnnouncement", { name }));
  }

  return (
    <Card aria-labelledby="settings-tokens">
      <CardHeader>
        <CardTitle id="settings-tokens">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4 border-b border-zinc-200 dark:border-zinc-800">
        {usage}
        {canManage ? (
          <CreateTokenForm onCreated={onCreated} />
        ) : (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("viewerNote")}</p>
        )}
        {created ? <NewTokenCallout key={created.token} name={created.name} token={created.token} onDismiss={() => setCreated(null)} /> : null}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </CardBody>
      {tokens.length === 0 ? (
        <EmptyState icon={<IconKey className="size-5" />} title={t("empty")} description={canManage ? t("emptyBody") : t("emptyBodyViewer")} />
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} canManage={canManage} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </Card>
  );
}
