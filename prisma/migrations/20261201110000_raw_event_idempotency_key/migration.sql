-- The idempotency key of each raw event (lib/ingest/idempotency-key.ts): an event spooled to disk while the
-- database was down, or whose commit was acknowledged late, is inserted with ON CONFLICT DO NOTHING, so a
-- crash between inserting spooled events and deleting their segment cannot store one twice. Rows from
-- before this migration keep NULL (a unique index allows many NULLs).
ALTER TABLE "raw_event" ADD COLUMN "idempotency_key" UUID;

CREATE UNIQUE INDEX "raw_event_idempotency_key_key" ON "raw_event"("idempotency_key");
