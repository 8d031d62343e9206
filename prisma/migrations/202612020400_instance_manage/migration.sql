-- Instances an admin manages (issue 10): a colour, archiving (hidden from the overview, data kept) and a
-- mark for the simulator's instances, which touch-instance sets from the id prefix when it creates the row
-- (lib/normaliser/touch-instance.ts, simulator/generate-ids.ts).
ALTER TABLE "instance" ADD COLUMN "color" TEXT,
  ADD COLUMN "archived_at" TIMESTAMPTZ(3),
  ADD COLUMN "simulated" BOOLEAN NOT NULL DEFAULT false;
