-- Stuck messages (lib/messages/find-stuck-messages.ts): a per-instance threshold, and the moment a message
-- was flagged, so a flag and its clearing are each announced once (lib/messages/mark-stuck-messages.ts).
ALTER TABLE "instance" ADD COLUMN "stuck_after_seconds" INTEGER NOT NULL DEFAULT 600;
ALTER TABLE "message" ADD COLUMN "stuck_at" TIMESTAMPTZ(3);

-- The candidates: our own messages not confirmed past sent, newest first per instance.
CREATE INDEX "message_unconfirmed_idx" ON "message" ("instance_id", "sent_at" DESC) WHERE "from_me" AND "status_rank" <= 1;
-- The flagged ones, to clear them.
CREATE INDEX "message_stuck_idx" ON "message" ("instance_id", "stuck_at") WHERE "stuck_at" IS NOT NULL;
