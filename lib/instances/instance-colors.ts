/**
 * The colours an admin can give an instance. Names, not CSS: the browser maps each to classes that read well
 * in light and dark (components/format/instance-color-dot.tsx); storing a name keeps the database free of
 * styling and lets the palette change.
 */
export const INSTANCE_COLORS = ["slate", "red", "amber", "emerald", "sky", "violet", "pink"] as const;
export type TInstanceColor = (typeof INSTANCE_COLORS)[number];

export function isInstanceColor(value: string | null | undefined): value is TInstanceColor {
  return typeof value === "string" && (INSTANCE_COLORS as readonly string[]).includes(value);
}
