-- Accent- and case-insensitive search over chat names, numbers and message text (lib/chats/search-chats.ts).
-- pg_trgm and unaccent ship with the embedded PostgreSQL but may be missing (or not ours to create) on a
-- DATABASE_URL server: each step below then says so in a NOTICE and the migration still succeeds. The search
-- works either way, through vigia_fold, and only loses its indexes (lib/chats/check-search-support.ts says so at start).
-- The migration runner splits a script at every semicolon, even inside quotes (see
-- prisma/migrations/20261201140000_raw_event_notify/migration.sql), so the bodies write theirs as \073.
DO E'BEGIN CREATE EXTENSION IF NOT EXISTS unaccent\073 EXCEPTION WHEN OTHERS THEN RAISE NOTICE ''unaccent is not available, search folds accents itself: %'', SQLERRM\073 END';

DO E'BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm\073 EXCEPTION WHEN OTHERS THEN RAISE NOTICE ''pg_trgm is not available, search runs without trigram indexes: %'', SQLERRM\073 END';

-- vigia_fold(text): lower case without accents, IMMUTABLE so it can be indexed (unaccent itself is only STABLE).
-- Schema-qualified, because index builds and ANALYZE run with a safe search_path. Without unaccent, a
-- translate() over the accents Portuguese and Spanish use.
DO E'DECLARE s text\073 BEGIN
  SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ''unaccent''\073
  IF s IS NOT NULL THEN
    EXECUTE format(''CREATE OR REPLACE FUNCTION vigia_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $f$ SELECT lower(%I.unaccent(%L::regdictionary, $1)) $f$'', s, s || ''.unaccent'')\073
  ELSE
    CREATE OR REPLACE FUNCTION vigia_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $f$ SELECT translate(lower($1), ''áàâãäåéèêëíìîïóòôõöúùûüçñýÿ'', ''aaaaaaeeeeiiiiooooouuuucnyy'') $f$\073
  END IF\073
END';

DO E'DECLARE s text\073 BEGIN
  SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ''pg_trgm''\073
  IF s IS NOT NULL THEN
    EXECUTE format(''CREATE INDEX IF NOT EXISTS chat_name_fold_trgm ON chat USING gin (vigia_fold(name) %I.gin_trgm_ops)'', s)\073
    EXECUTE format(''CREATE INDEX IF NOT EXISTS chat_phone_trgm ON chat USING gin (phone %I.gin_trgm_ops)'', s)\073
    EXECUTE format(''CREATE INDEX IF NOT EXISTS message_text_fold_trgm ON message USING gin (vigia_fold(text) %I.gin_trgm_ops)'', s)\073
  END IF\073
END';
