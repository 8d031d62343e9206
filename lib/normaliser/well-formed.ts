// String.prototype.isWellFormed/toWellFormed are ES2024 (in Node 20); the project's TypeScript lib stops at ES2023.
type TWellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };

/** The string with every lone UTF-16 surrogate replaced by U+FFFD: PostgreSQL's jsonb refuses lone surrogates. */
export function wellFormed(s: string): string {
  return (s as TWellFormedString).toWellFormed();
}

export function isWellFormed(s: string): boolean {
  return (s as TWellFormedString).isWellFormed();
}
