CREATE OR REPLACE FUNCTION analytics_transitions_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF analytics_enabled() THEN
    INSERT INTO analytics_latency_minute AS r (instance_id, minute, pair, total, counts)
    SELECT instance_id, analytics_minute(end_at), pair, count(*)::int, analytics_histogram(array_agg(analytics_bucket(gap_ms)))
      FROM (
        SELECT a.id AS a_id, b.id AS b_id, b.instance_id, b.at AS end_at, analytics_pair(a.status, a.participant, b.status, b.participant) AS pair,
               extract(epoch FROM b.at - a.at) * 1000 AS gap_ms
          FROM new_rows b
         CROSS JOIN LATERAL (SELECT s.id, s.status, s.participant, s.at FROM status_transition s
                              WHERE s.instance_id = b.instance_id AND s.message_id = b.message_id OFFSET 0) a
         WHERE analytics_pair(a.status, a.participant, b.status, b.participant) IS NOT NULL
        UNION
        SELECT a.id, b.id, b.instance_id, b.at, analytics_pair(a.status, a.participant, b.status, b.participant),
               extract(epoch FROM b.at - a.at) * 1000
          FROM new_rows a
         CROSS JOIN LATERAL (SELECT s.id, s.instance_id, s.status, s.participant, s.at FROM status_transition s
                              WHERE s.instance_id = a.instance_id AND s.message_id = a.message_id OFFSET 0) b
         WHERE analytics_pair(a.status, a.participant, b.status, b.participant) IS NOT NULL
      ) AS p
     GROUP BY 1, 2, 3
    ON CONFLICT (instance_id, minute, pair) DO UPDATE SET total = r.total + EXCLUDED.total, counts = analytics_add_counts(r.counts, EXCLUDED.counts)\073
  END IF\073
  RETURN NULL\073
END';
