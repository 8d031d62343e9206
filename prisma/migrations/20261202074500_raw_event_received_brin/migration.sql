-- The fleet overview counts webhooks per minute over the last hour (lib/fleet/count-events.ts).
-- A BRIN index is a few pages for the whole log and costs the webhook path almost nothing.
CREATE INDEX "raw_event_received_brin" ON "raw_event" USING BRIN ("received_at");
