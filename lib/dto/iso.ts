/** Dates leave the server as ISO strings; null stays null. */
export function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
