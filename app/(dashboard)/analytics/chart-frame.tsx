import type { ReactNode } from "react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";

/**
 * The colours the charts read as CSS variables (light here, dark under `.dark`, app/globals.css), so Recharts'
 * SVG follows the theme without re-rendering.
 */
export const chartColors =
  "[--chart-grid:#e4e4e7] [--chart-axis:#71717a] [--chart-tip-bg:#ffffff] [--chart-tip-border:#e4e4e7] [--chart-tip-text:#18181b] " +
  "dark:[--chart-grid:#27272a] dark:[--chart-axis:#a1a1aa] dark:[--chart-tip-bg:#18181b] dark:[--chart-tip-border:#3f3f46] dark:[--chart-tip-text:#f4f4f5]";

/** Mid tones that read on white and on zinc-900 alike. */
export const SERIES = { incoming: "#8b5cf6", outgoing: "#14b8a6", delivered: "#14b8a6", read: "#6366f1", p50: "#22c55e", p90: "#f59e0b", p99: "#f43f5e", failed: "#f43f5e" };

export const tooltipStyle = {
  contentStyle: { background: "var(--chart-tip-bg)", border: "1px solid var(--chart-tip-border)", borderRadius: 8, color: "var(--chart-tip-text)", fontSize: 12 },
  labelStyle: { color: "var(--chart-tip-text)", fontWeight: 600 },
  itemStyle: { color: "var(--chart-tip-text)" },
};

export const axisProps = { stroke: "var(--chart-axis)", tick: { fill: "var(--chart-axis)", fontSize: 11 }, tickLine: false } as const;

const chartFocus =
  "[&_svg.recharts-surface:focus-visible]:outline-2 [&_svg.recharts-surface:focus-visible]:outline-offset-2 [&_svg.recharts-surface:focus-visible]:outline-brand-500 dark:[&_svg.recharts-surface:focus-visible]:outline-brand-400 [&_svg.recharts-surface]:rounded-sm";

export function ChartFrame({ title, note, children, testId }: { title: string; note?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {note ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{note}</span> : null}
      </CardHeader>
      {/* Recharts' accessibility layer makes the chart a Tab stop (arrow keys walk its points): it shows the one ring too. */}
      <CardBody className={`h-64 px-2 py-3 sm:px-4 ${chartColors} ${chartFocus}`}>{children}</CardBody>
    </Card>
  );
}
