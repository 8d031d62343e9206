import type { Db } from "@/lib/db/client";

/**
 * What the chat search runs on (prisma/migrations/20261202042000_chat_search/migration.sql): the extensions it
 * found, in words for the start-up log. The search works without them, only slower or less forgiving.
 */
export async function checkSearchSupport(db: Db): Promise<string | null> {
  const rows = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')`;
  const have = new Set(rows.map((r) => r.extname));
  const missing = ["unaccent", "pg_trgm"].filter((name) => !have.has(name));
  if (missing.length === 0) return null;
  return `chat search: this PostgreSQL has no ${missing.join(" and ")}; searching works with a plain fallback${
    have.has("unaccent") ? "" : " (accents folded for Portuguese and Spanish letters only)"
  }${have.has("pg_trgm") ? "" : " and without trigram indexes (slower on large databases)"}`;
}
