-- Indexes for the queries that run on every page view (issue 5 §5, review F10), and test/query-plans.test.ts
-- checks with EXPLAIN on 100,000 rows that each of these queries is an index scan.

-- Dashboard feed: newest messages, ORDER BY created_at DESC, id DESC (lib/messages/list-recent-messages.ts).
CREATE INDEX "message_created_at_id_idx" ON "message"("created_at" DESC, "id" DESC);

-- A chat's messages, newest first, paged with a (sent_at, id) row-comparison cursor
-- (lib/messages/list-chat-messages.ts). Replaces (chat_id, sent_at DESC), which had no id tiebreaker.
DROP INDEX "message_chat_id_sent_at_idx";
CREATE INDEX "message_chat_id_sent_at_id_idx" ON "message"("chat_id", "sent_at" DESC, "id" DESC);

-- Chat list by activity, chats without messages last: ORDER BY last_message_at DESC NULLS LAST, id DESC
-- (lib/chats/list-chats.ts), over all instances and per instance. The old (instance_id, last_message_at DESC)
-- was NULLS FIRST (the default for DESC), which that order cannot use.
DROP INDEX "chat_instance_id_last_message_at_idx";
CREATE INDEX "chat_last_message_at_id_idx" ON "chat"("last_message_at" DESC NULLS LAST, "id" DESC);
CREATE INDEX "chat_instance_id_last_message_at_id_idx" ON "chat"("instance_id", "last_message_at" DESC NULLS LAST, "id" DESC);

-- The normaliser's queue, WHERE processed_at IS NULL ORDER BY id (lib/pipeline/normalise-batch.ts): only the
-- unprocessed rows. Replaces (processed_at, id), which held an entry for every row ever received.
DROP INDEX "raw_event_processed_at_id_idx";
CREATE INDEX "raw_event_pending_idx" ON "raw_event"("id") WHERE "processed_at" IS NULL;
