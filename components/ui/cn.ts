/** Joins class names, dropping falsy parts (no merging: components pass complete, non-conflicting sets). */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
