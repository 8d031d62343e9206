-- The raw log's doorbell for the normaliser, in whichever Vigia process holds its leadership
-- (lib/pipeline/normaliser-leadership.ts): one notification per INSERT statement (a group commit of many
-- webhooks is one statement), delivered after the commit, repeats within a transaction folded into one.
-- Prisma's schema does not model triggers, so schema.prisma has nothing to mirror.
-- The migration runner here (schema-engine-wasm over adapter-pg) splits a script at every semicolon, even
-- inside quotes, so the function body writes its semicolons as the escape \073.
CREATE FUNCTION vigia_notify_raw_event() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''vigia_raw'', '''')\073 RETURN NULL\073 END';

CREATE TRIGGER raw_event_notify AFTER INSERT ON raw_event FOR EACH STATEMENT EXECUTE FUNCTION vigia_notify_raw_event();
