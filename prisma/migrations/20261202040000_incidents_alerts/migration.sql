-- Incidents and their alerts (lib/incidents/, lib/alerts/). The alert loop reads connection events in the
-- order they were written: only the normaliser's leader writes them, one batch at a time, so the order of
-- this column is commit order.
ALTER TABLE connection_event ADD COLUMN seq BIGSERIAL NOT NULL;
CREATE UNIQUE INDEX connection_event_seq_key ON connection_event (seq);

-- kind: disconnected | silent | no_webhooks (instance_id NULL: about the whole installation)
CREATE TABLE incident (
  id BIGSERIAL PRIMARY KEY,
  instance_id TEXT REFERENCES instance (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  started_at TIMESTAMPTZ(3) NOT NULL,
  ended_at TIMESTAMPTZ(3),
  reason TEXT,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
-- At most one open incident of a kind per instance (and one global one per kind).
CREATE UNIQUE INDEX incident_one_open ON incident (COALESCE(instance_id, ''), kind) WHERE ended_at IS NULL;
CREATE INDEX incident_instance_started ON incident (instance_id, started_at DESC);

-- kind: slack | telegram | webhook | email | whatsapp. config holds the channel's settings, secrets included:
-- it never leaves the server (lib/alerts/channel-to-dto.ts).
CREATE TABLE alert_channel (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  config JSONB NOT NULL,
  instance_id TEXT REFERENCES instance (id) ON DELETE CASCADE,
  enabled BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);

-- scope: 'global' or an instance id. NULL columns of an instance's row inherit the global row.
CREATE TABLE alert_policy (
  scope TEXT PRIMARY KEY,
  delay_seconds INTEGER,
  reminder_minutes INTEGER,
  send_recovery BOOLEAN,
  snoozed_until TIMESTAMPTZ(3),
  quiet_start TEXT,
  quiet_end TEXT,
  time_zone TEXT,
  language TEXT,
  silence_minutes INTEGER,
  updated_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);

CREATE TABLE maintenance_window (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  instance_id TEXT REFERENCES instance (id) ON DELETE CASCADE,
  starts_at TIMESTAMPTZ(3) NOT NULL,
  ends_at TIMESTAMPTZ(3) NOT NULL,
  note TEXT,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX maintenance_window_ends ON maintenance_window (ends_at);

-- One row per message to send: purpose opened | reminder | recovered | test, and ordinal numbers the reminders.
-- status pending | sending | sent | failed | suppressed. The unique key is what makes a decision taken twice
-- (two ticks, two processes, a restart) one message.
CREATE TABLE alert_delivery (
  id BIGSERIAL PRIMARY KEY,
  incident_id BIGINT REFERENCES incident (id) ON DELETE CASCADE,
  channel_id UUID NOT NULL REFERENCES alert_channel (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  ordinal INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  claimed_at TIMESTAMPTZ(3),
  sent_at TIMESTAMPTZ(3),
  last_error TEXT,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX alert_delivery_once ON alert_delivery (incident_id, channel_id, purpose, ordinal);
CREATE INDEX alert_delivery_due ON alert_delivery (next_attempt_at) WHERE status IN ('pending', 'sending');

-- An instance's Z-API credentials, for the status poll that confirms or clears a suspected silence
-- (lib/incidents/poll-zapi-status.ts). Secrets: never sent to a browser. polled_* is the latest answer.
CREATE TABLE zapi_credential (
  instance_id TEXT PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
  instance_token TEXT NOT NULL,
  client_token TEXT,
  api_base TEXT NOT NULL DEFAULT 'https://api.z-api.io',
  polled_at TIMESTAMPTZ(3),
  polled_connected BOOLEAN,
  polled_phone_connected BOOLEAN,
  polled_error TEXT,
  updated_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
