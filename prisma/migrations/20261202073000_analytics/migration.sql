-- Delivery analytics (issue 8): per-minute rollups kept by the database in the same transaction as the rows
-- they summarise, so that both normaliser paths (lib/normaliser/apply-status.ts event by event and
-- lib/normaliser/save-batch-state.ts per batch) keep them by construction, each INSERT or UPDATE statement
-- adding its rows in one set-wise upsert (statement triggers with transition tables). lib/analytics/ reads them.
-- Prisma's schema models the tables but not the functions and triggers.
-- The migration runner splits a script at every semicolon, even inside quotes (see
-- prisma/migrations/20261201140000_raw_event_notify/migration.sql), so the plpgsql bodies write theirs as \073
-- and the helpers are single-statement SQL functions.

-- Messages per instance, minute of sent_at, direction and kind, with how many of them reached each receipt.
CREATE TABLE "analytics_message_minute" (
  "instance_id" TEXT NOT NULL,
  "minute" TIMESTAMPTZ(3) NOT NULL,
  "from_me" BOOLEAN NOT NULL,
  "kind" TEXT NOT NULL,
  "messages" INTEGER NOT NULL DEFAULT 0,
  "delivered" INTEGER NOT NULL DEFAULT 0,
  "read" INTEGER NOT NULL DEFAULT 0,
  "played" INTEGER NOT NULL DEFAULT 0,
  "failed" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_message_minute_pkey" PRIMARY KEY ("instance_id", "minute", "from_me", "kind")
);
CREATE INDEX "analytics_message_minute_minute_idx" ON "analytics_message_minute" ("minute");

-- Latency histograms per instance, minute of the later step and pair of steps (sent_delivered, delivered_read).
-- counts[i + 1] is bucket i: bucket 0 holds gaps under 1 ms, bucket i >= 1 gaps in [2^((i-1)/8), 2^(i/8)) ms,
-- the last one (256) everything from 2^(255/8) ms (about 45 days) up. Read by lib/analytics/bucket-value.ts.
CREATE TABLE "analytics_latency_minute" (
  "instance_id" TEXT NOT NULL,
  "minute" TIMESTAMPTZ(3) NOT NULL,
  "pair" TEXT NOT NULL,
  "total" INTEGER NOT NULL DEFAULT 0,
  "counts" INTEGER[] NOT NULL,
  CONSTRAINT "analytics_latency_minute_pkey" PRIMARY KEY ("instance_id", "minute", "pair")
);
CREATE INDEX "analytics_latency_minute_minute_idx" ON "analytics_latency_minute" ("minute");

-- Failed sends (DeliveryCallback with an error) per instance, minute and reason (errorCode, else the error text).
CREATE TABLE "analytics_failure_minute" (
  "instance_id" TEXT NOT NULL,
  "minute" TIMESTAMPTZ(3) NOT NULL,
  "reason" TEXT NOT NULL,
  "failures" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_failure_minute_pkey" PRIMARY KEY ("instance_id", "minute", "reason")
);

-- The raw rows in time order, for timelines and checks over a period (BRIN: small, cheap to keep on insert).
CREATE INDEX "status_transition_at_brin" ON "status_transition" USING brin ("at");
CREATE INDEX "delivery_result_at_brin" ON "delivery_result" USING brin ("at");

-- SET vigia.analytics = 'off' stops the rollups for a session (bench/analytics.ts measures the normaliser without them).
CREATE FUNCTION analytics_enabled() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('vigia.analytics', true), '') <> 'off' $$;

CREATE FUNCTION analytics_minute(t timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE
  AS $$ SELECT date_trunc('minute', t AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$;

-- Eight buckets per doubling: a bucket's middle 2^((i-0.5)/8) is within 4.4 percent of anything in it.
CREATE FUNCTION analytics_bucket(ms double precision) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN ms < 1 THEN 0 ELSE least(256, 1 + floor(8 * ln(ms) / ln(2))::int) END $$;

-- Bucket numbers to the dense 257-count array.
CREATE FUNCTION analytics_histogram(buckets integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE
  AS $$ SELECT array_agg(coalesce(c.n, 0)::int ORDER BY i)
          FROM generate_series(0, 256) AS i
          LEFT JOIN (SELECT b, count(*) AS n FROM unnest(buckets) AS b GROUP BY b) AS c ON c.b = i $$;

CREATE FUNCTION analytics_add_counts(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE
  AS $$ SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) $$;

-- Which latency a pair of status rows of one message measures, or null: sent (message-wide, or the member's)
-- to a member's or the chat's RECEIVED, and RECEIVED to READ of the same member ("" in private chats).
CREATE FUNCTION analytics_pair(a_status text, a_participant text, b_status text, b_participant text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE
         WHEN a_status = 'SENT' AND b_status = 'RECEIVED' AND (a_participant = '' OR a_participant = b_participant) THEN 'sent_delivered'
         WHEN a_status = 'RECEIVED' AND b_status = 'READ' AND a_participant = b_participant THEN 'delivered_read'
       END $$;

CREATE FUNCTION analytics_failure_reason(error text, error_code text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN coalesce(error, '') = '' THEN NULL ELSE coalesce(nullif(error_code, ''), left(error, 120)) END $$;

-- Adds message deltas (rows of instance_id, minute, from_me, kind and the five counts, possibly negative).
CREATE FUNCTION analytics_upsert_messages(deltas jsonb) RETURNS void LANGUAGE sql
  AS $$ INSERT INTO analytics_message_minute AS r (instance_id, minute, from_me, kind, messages, delivered, read, played, failed)
        SELECT instance_id, minute, from_me, kind, messages, delivered, read, played, failed
          FROM jsonb_to_recordset(coalesce(deltas, '[]'::jsonb)) AS d(instance_id text, minute timestamptz, from_me boolean, kind text,
               messages int, delivered int, read int, played int, failed int)
        ON CONFLICT (instance_id, minute, from_me, kind) DO UPDATE SET messages = r.messages + EXCLUDED.messages,
           delivered = r.delivered + EXCLUDED.delivered, read = r.read + EXCLUDED.read, played = r.played + EXCLUDED.played,
           failed = r.failed + EXCLUDED.failed $$;

-- One message row's contribution, times sign, aggregated per rollup key.
CREATE FUNCTION analytics_message_deltas(message_rows jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
  AS $$ SELECT jsonb_agg(d) FROM (
          SELECT instance_id, analytics_minute(sent_at) AS minute, from_me, kind, sum(sign)::int AS messages,
                 sum(sign * (status_rank >= 2)::int)::int AS delivered, sum(sign * (status_rank >= 3)::int)::int AS read,
                 sum(sign * (status_rank >= 4)::int)::int AS played, sum(sign * (status IS NOT DISTINCT FROM 'FAILED')::int)::int AS failed
            FROM jsonb_to_recordset(message_rows) AS m(instance_id text, sent_at timestamptz, from_me boolean, kind text, status text, status_rank int, sign int)
           GROUP BY 1, 2, 3, 4
          HAVING sum(sign) <> 0 OR sum(sign * (status_rank >= 2)::int) <> 0 OR sum(sign * (status_rank >= 3)::int) <> 0
              OR sum(sign * (status_rank >= 4)::int) <> 0 OR sum(sign * (status IS NOT DISTINCT FROM 'FAILED')::int) <> 0) AS d $$;

CREATE FUNCTION analytics_messages_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF analytics_enabled() THEN
    PERFORM analytics_upsert_messages(analytics_message_deltas((
      SELECT jsonb_agg(jsonb_build_object(''instance_id'', instance_id, ''sent_at'', sent_at, ''from_me'', from_me, ''kind'', kind,
             ''status'', status, ''status_rank'', status_rank, ''sign'', 1)) FROM new_rows)))\073
  END IF\073
  RETURN NULL\073
END';

-- Only rows whose counted columns changed: the stuck flag, edits and the like cost one cheap scan.
CREATE FUNCTION analytics_messages_updated() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF analytics_enabled() THEN
    PERFORM analytics_upsert_messages(analytics_message_deltas((
      SELECT jsonb_agg(x) FROM (
        SELECT jsonb_build_object(''instance_id'', o.instance_id, ''sent_at'', o.sent_at, ''from_me'', o.from_me, ''kind'', o.kind,
               ''status'', o.status, ''status_rank'', o.status_rank, ''sign'', -1) AS x
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.instance_id, o.sent_at, o.from_me, o.kind, o.status, o.status_rank) IS DISTINCT FROM (n.instance_id, n.sent_at, n.from_me, n.kind, n.status, n.status_rank)
        UNION ALL
        SELECT jsonb_build_object(''instance_id'', n.instance_id, ''sent_at'', n.sent_at, ''from_me'', n.from_me, ''kind'', n.kind,
               ''status'', n.status, ''status_rank'', n.status_rank, ''sign'', 1)
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.instance_id, o.sent_at, o.from_me, o.kind, o.status, o.status_rank) IS DISTINCT FROM (n.instance_id, n.sent_at, n.from_me, n.kind, n.status, n.status_rank)
      ) AS c)))\073
  END IF\073
  RETURN NULL\073
END';

-- Every new status row pairs with the rows of its message already stored or new in the same statement (the
-- table holds both by now), each pair once: the UNION drops the pairs seen from both ends.
CREATE FUNCTION analytics_transitions_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF analytics_enabled() THEN
    INSERT INTO analytics_latency_minute AS r (instance_id, minute, pair, total, counts)
    SELECT instance_id, analytics_minute(end_at), pair, count(*)::int, analytics_histogram(array_agg(analytics_bucket(gap_ms)))
      FROM (
        SELECT a.id AS a_id, b.id AS b_id, b.instance_id, b.at AS end_at, analytics_pair(a.status, a.participant, b.status, b.participant) AS pair,
               extract(epoch FROM b.at - a.at) * 1000 AS gap_ms
          FROM new_rows b JOIN status_transition a ON a.instance_id = b.instance_id AND a.message_id = b.message_id
         WHERE analytics_pair(a.status, a.participant, b.status, b.participant) IS NOT NULL
        UNION
        SELECT a.id, b.id, b.instance_id, b.at, analytics_pair(a.status, a.participant, b.status, b.participant),
               extract(epoch FROM b.at - a.at) * 1000
          FROM new_rows a JOIN status_transition b ON b.instance_id = a.instance_id AND b.message_id = a.message_id
         WHERE analytics_pair(a.status, a.participant, b.status, b.participant) IS NOT NULL
      ) AS p
     GROUP BY 1, 2, 3
    ON CONFLICT (instance_id, minute, pair) DO UPDATE SET total = r.total + EXCLUDED.total, counts = analytics_add_counts(r.counts, EXCLUDED.counts)\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION analytics_deliveries_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF analytics_enabled() THEN
    INSERT INTO analytics_failure_minute AS r (instance_id, minute, reason, failures)
    SELECT instance_id, analytics_minute(at), analytics_failure_reason(error, error_code), count(*)::int
      FROM new_rows WHERE analytics_failure_reason(error, error_code) IS NOT NULL
     GROUP BY 1, 2, 3
    ON CONFLICT (instance_id, minute, reason) DO UPDATE SET failures = r.failures + EXCLUDED.failures\073
  END IF\073
  RETURN NULL\073
END';

-- Deleting an instance (lib/instances/delete-instances.ts) deletes its rows, so its rollups go too.
CREATE FUNCTION analytics_instances_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM analytics_message_minute WHERE instance_id IN (SELECT id FROM old_rows)\073
  DELETE FROM analytics_latency_minute WHERE instance_id IN (SELECT id FROM old_rows)\073
  DELETE FROM analytics_failure_minute WHERE instance_id IN (SELECT id FROM old_rows)\073
  RETURN NULL\073
END';

CREATE TRIGGER analytics_message_insert AFTER INSERT ON "message" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_messages_inserted();
CREATE TRIGGER analytics_message_update AFTER UPDATE ON "message" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_messages_updated();
CREATE TRIGGER analytics_status_insert AFTER INSERT ON "status_transition" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_transitions_inserted();
CREATE TRIGGER analytics_delivery_insert AFTER INSERT ON "delivery_result" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_deliveries_inserted();
CREATE TRIGGER analytics_instance_delete AFTER DELETE ON "instance" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_instances_deleted();

-- The rollups recomputed from the stored rows, summed the same way (a pair counted once, from either end):
-- fills them for what was stored before this migration, and for seeded data (bench/analytics.ts).
CREATE FUNCTION analytics_rebuild() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM analytics_message_minute\073
  DELETE FROM analytics_latency_minute\073
  DELETE FROM analytics_failure_minute\073
  INSERT INTO analytics_message_minute (instance_id, minute, from_me, kind, messages, delivered, read, played, failed)
  SELECT instance_id, analytics_minute(sent_at), from_me, kind, count(*), count(*) FILTER (WHERE status_rank >= 2),
         count(*) FILTER (WHERE status_rank >= 3), count(*) FILTER (WHERE status_rank >= 4), count(*) FILTER (WHERE status = ''FAILED'')
    FROM message GROUP BY 1, 2, 3, 4\073
  INSERT INTO analytics_latency_minute (instance_id, minute, pair, total, counts)
  SELECT b.instance_id, analytics_minute(b.at), analytics_pair(a.status, a.participant, b.status, b.participant), count(*),
         analytics_histogram(array_agg(analytics_bucket(extract(epoch FROM b.at - a.at) * 1000)))
    FROM status_transition b JOIN status_transition a ON a.instance_id = b.instance_id AND a.message_id = b.message_id
   WHERE analytics_pair(a.status, a.participant, b.status, b.participant) IS NOT NULL
   GROUP BY 1, 2, 3\073
  INSERT INTO analytics_failure_minute (instance_id, minute, reason, failures)
  SELECT instance_id, analytics_minute(at), analytics_failure_reason(error, error_code), count(*)
    FROM delivery_result WHERE analytics_failure_reason(error, error_code) IS NOT NULL GROUP BY 1, 2, 3\073
END';

SELECT analytics_rebuild();
