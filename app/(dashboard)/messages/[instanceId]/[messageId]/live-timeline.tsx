"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useLiveSeed, useMessageByKey, useStatusSeq } from "@/components/realtime/use-live";
import { ExactTime } from "@/components/time/exact-time";
import { formatDuration } from "@/components/time/format-duration";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ZMessageDetailDto, type TMessageDetailDto, type TTimelineStep } from "@/lib/schemas/dto";
import { ReceiptStatus } from "../../../receipt-status";

/**
 * A message's timeline, live: the page's snapshot seeds the store, the ticks come from the store, and each new
 * status callback for this message (components/realtime/use-live.ts useStatusSeq) or a new version of it makes
 * the page re-read its history from the JSON route, since the store holds only the furthest receipt.
 */
export function LiveTimeline({ headSeq, initial }: { headSeq: number; initial: TMessageDetailDto }) {
  const snapshot = useMemo(() => ({ headSeq, messages: [initial] }), [headSeq, initial]);
  useLiveSeed(snapshot);
  const live = useMessageByKey(initial.instanceId, initial.messageId);
  const statusSeq = useStatusSeq(initial.instanceId, initial.messageId);
  const [detail, setDetail] = useState(initial);
  const version = `${statusSeq > headSeq ? statusSeq : 0}|${live?.status ?? ""}|${live?.statusAt ?? ""}|${live?.editedAt ?? ""}|${live?.deletedAt ?? ""}|${live?.readByMeAt ?? ""}`;
  const initialVersion = `0|${initial.status ?? ""}|${initial.statusAt ?? ""}|${initial.editedAt ?? ""}|${initial.deletedAt ?? ""}|${initial.readByMeAt ?? ""}`;

  useEffect(() => {
    if (version === initialVersion) return;
    const abort = new AbortController();
    const url = `/api/instances/${encodeURIComponent(initial.instanceId)}/messages/${encodeURIComponent(initial.messageId)}`;
    fetch(url, { signal: abort.signal, headers: { accept: "application/json" } })
      .then(async (res) => (res.ok ? ZMessageDetailDto.parse(await res.json()) : null))
      .then((next) => {
        if (next) setDetail(next);
      })
      // A failed re-read keeps what is shown; the next callback tries again.
      .catch(() => undefined);
    return () => abort.abort();
  }, [version, initialVersion, initial.instanceId, initial.messageId]);

  const status = live?.status ?? detail.status;
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="grid min-w-0 gap-4">
        <Card>
          <CardHeader>
            <CardTitle>{detail.fromMe ? <Steps title /> : <Steps title incoming />}</CardTitle>
            {detail.fromMe && status ? <ReceiptStatus status={status} /> : null}
          </CardHeader>
          <CardBody>
            <StepList steps={detail.timeline.steps} isGroup={detail.timeline.isGroup} />
          </CardBody>
        </Card>
        {detail.timeline.isGroup ? <Members detail={detail} /> : null}
      </div>
      <RawHistory detail={detail} />
    </div>
  );
}

function Steps({ incoming }: { title: true; incoming?: boolean }) {
  const t = useTranslations("timeline");
  return <>{incoming ? t("incomingTitle") : t("outgoingTitle")}</>;
}

function StepList({ steps, isGroup }: { steps: TTimelineStep[]; isGroup: boolean }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  return (
    <ol data-testid="timeline-steps" className="relative grid gap-0">
      {steps.map((s, i) => (
        <li
          key={`${s.step}-${i}`}
          data-testid="timeline-step"
          data-step={s.step}
          data-reached={s.reached}
          className="relative flex gap-3 pb-4 last:pb-0"
        >
          <span
            aria-hidden
            className={cn(
              "mt-1 size-3 shrink-0 rounded-full ring-4",
              s.step === "failed"
                ? "bg-red-600 ring-red-100 dark:ring-red-950"
                : s.reached
                  ? "bg-brand-600 ring-brand-100 dark:bg-brand-400 dark:ring-brand-950"
                  : "bg-zinc-300 ring-zinc-100 dark:bg-zinc-600 dark:ring-zinc-800",
            )}
          />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
              <span className={cn("text-sm font-medium", !s.reached && "text-zinc-500 dark:text-zinc-400")}>{t("step", { step: s.step })}</span>
              {s.count !== undefined && isGroup ? (
                <Badge tone={s.count > 0 ? "info" : "neutral"} data-testid="step-count">
                  {t("byMembers", { step: s.step, count: s.count })}
                </Badge>
              ) : null}
              {!s.reached && s.count === undefined ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("notYet")}</span> : null}
              {s.reached && s.at === null ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("noTime")}</span> : null}
            </div>
            {s.at ? (
              <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                <ExactTime iso={s.at} />
                {s.sincePreviousMs !== null ? <span data-testid="step-gap">{t("after", { gap: formatDuration(s.sincePreviousMs, locale) })}</span> : null}
              </div>
            ) : null}
            {s.zaapId ? <div className="mt-0.5 text-xs break-all text-zinc-500 dark:text-zinc-400">{t("zaapId", { id: s.zaapId })}</div> : null}
            {s.step === "failed" ? <FailureText error={s.error ?? null} code={s.errorCode ?? null} /> : null}
            {s.step === "edited" && s.text ? <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{s.text}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

function FailureText({ error, code }: { error: string | null; code: string | null }) {
  const t = useTranslations("timeline");
  return (
    <div data-testid="failure" className="mt-1 rounded-md bg-red-50 px-2 py-1.5 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      {error ? <p className="break-words">{error}</p> : null}
      {code ? (
        <p className="mt-0.5 text-xs">
          <span className="font-mono">{code}</span> — {t("errorCode", { code })}
        </p>
      ) : null}
    </div>
  );
}

function Members({ detail }: { detail: TMessageDetailDto }) {
  const t = useTranslations("timeline");
  const { participants } = detail.timeline;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("membersTitle")}</CardTitle>
      </CardHeader>
      <CardBody className="grid gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("membersUnknown")}</p>
        {participants.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("membersNone")}</p>
        ) : (
          <ul data-testid="members" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {participants.map((p) => (
              <li key={p.participant} data-testid="member" className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
                <span className="font-mono text-sm break-all">{p.participant}</span>
                <span className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                  {(["receivedAt", "readAt", "playedAt"] as const).map((field) =>
                    p[field] ? (
                      <span key={field}>
                        {t("memberStep", { field })} <ExactTime iso={p[field]} />
                      </span>
                    ) : field === "playedAt" ? null : (
                      <span key={field} className="text-zinc-400 dark:text-zinc-500">{t("memberNot", { field })}</span>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

function RawHistory({ detail }: { detail: TMessageDetailDto }) {
  const t = useTranslations("timeline");
  const rows = detail.timeline.raw;
  return (
    <Card className="min-w-0 self-start">
      <CardHeader>
        <CardTitle>{t("rawTitle")}</CardTitle>
      </CardHeader>
      <CardBody>
        {rows.length === 0 && detail.delivery.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("rawEmpty")}</p>
        ) : (
          <ul data-testid="raw-history" className="grid gap-2 text-xs">
            {detail.delivery.map((d) => (
              <li key={`d-${d.zaapId}-${d.at}`} className="flex flex-wrap items-baseline gap-x-2">
                <Badge tone={d.error ? "danger" : "neutral"}>DeliveryCallback</Badge>
                <ExactTime iso={d.at} className="tabular-nums" />
              </li>
            ))}
            {rows.map((r, i) => (
              <li key={`${r.status}-${r.participant ?? ""}-${i}`} data-testid="raw-row" data-late={r.late} className="flex flex-wrap items-baseline gap-x-2">
                <Badge tone={r.late ? "warning" : "neutral"}>{r.status}</Badge>
                <ExactTime iso={r.at} className="tabular-nums" />
                {r.participant ? <span className="font-mono break-all text-zinc-500 dark:text-zinc-400">{r.participant}</span> : null}
                {r.late ? <span className="text-amber-700 dark:text-amber-400">{t("late")}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">{t("rawNote")}</p>
      </CardBody>
    </Card>
  );
}
