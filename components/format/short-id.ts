/** Z-API instance ids are 32 hex chars; the ends are enough to tell them apart at a glance. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}
