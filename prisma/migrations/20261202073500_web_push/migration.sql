-- Web Push (lib/push/): one row per browser or phone that asked for alerts, owned by the user who asked.
-- The endpoint is the push service's URL for that browser, unique: subscribing again from the same browser
-- replaces its row. p256dh and auth are the browser's keys the payload is encrypted to (RFC 8291).
-- A row is deleted when the push service answers 404 or 410 (the browser dropped the subscription).
-- The VAPID key pair Vigia signs with is made on first need and kept in the setting table (key web_push_vapid).
CREATE TABLE push_subscription (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  endpoint TEXT NOT NULL,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  user_agent TEXT,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  last_success_at TIMESTAMPTZ(3)
);
CREATE UNIQUE INDEX push_subscription_endpoint_key ON push_subscription (endpoint);
CREATE INDEX push_subscription_user ON push_subscription (user_id);
