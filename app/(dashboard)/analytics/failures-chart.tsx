"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { knownDeliveryError } from "@/lib/messages/known-delivery-errors";
import { axisProps, ChartFrame, SERIES, tooltipStyle } from "./chart-frame";

const CODE = /^[A-Z][A-Z0-9_]+$/;

/** Failed sends by reason, most frequent first; a Z-API error code is explained in words below the chart. */
export function FailuresChart({ failures }: { failures: { reason: string; count: number }[] }) {
  const t = useTranslations("analytics");
  const timeline = useTranslations("timeline");
  const reasons = useTranslations("failureReason");
  if (failures.length === 0) {
    return (
      <ChartFrame title={t("failuresTitle")} testId="chart-failures">
        <p className="flex h-full items-center justify-center text-sm text-zinc-500 dark:text-zinc-400">{t("noFailures")}</p>
      </ChartFrame>
    );
  }
  const codes = failures.filter((f) => CODE.test(f.reason));
  // A reason Vigia knows is shown in the reader's words (lib/messages/known-delivery-errors.ts); any other as Z-API sent it.
  const rows = failures.map((f) => {
    const key = CODE.test(f.reason) ? null : knownDeliveryError(f.reason, null);
    return { ...f, label: key ? reasons(`known.${key}`) : f.reason };
  });
  return (
    <ChartFrame title={t("failuresTitle")} testId="chart-failures">
      <div className="flex h-full flex-col">
        <div className="min-h-0 flex-1">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
              <XAxis type="number" allowDecimals={false} {...axisProps} />
              <YAxis type="category" dataKey="label" width={120} tickFormatter={(v: string) => (v.length > 18 ? `${v.slice(0, 17)}…` : v)} {...axisProps} />
              <Tooltip cursor={{ fill: "var(--chart-grid)" }} {...tooltipStyle} />
              <Bar dataKey="count" name={t("failed")} fill={SERIES.failed} radius={[0, 3, 3, 0]} maxBarSize={28} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        {codes.length > 0 ? (
          <ul className="mt-2 space-y-1 px-2 text-xs text-zinc-600 dark:text-zinc-400">
            {codes.map((f) => (
              <li key={f.reason}>
                <span className="font-mono">{f.reason}</span> — {timeline("errorCode", { code: f.reason })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </ChartFrame>
  );
}
