/**
 * Whether a database error means "the database cannot be reached or answer now" (so the event should wait
 * on disk and be retried) rather than "this row cannot be stored" (a data error, which retrying cannot fix).
 * SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention (admin
 * shutdown, statement timeout 57014), 58 system error; plus node-postgres' own timeouts and socket errors.
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (/^(08|53|57|58)/.test(code)) return true;
    if (/^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE, ENOTFOUND…
    if (/^[0-9A-Z]{5}$/.test(code)) return false; // any other SQLSTATE: the statement itself was refused
  }
  return /timeout|terminat|connection|ECONN|closed|shutting down|not queryable|Connection ended/i.test(error.message);
}
