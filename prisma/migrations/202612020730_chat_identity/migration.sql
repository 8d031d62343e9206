-- Reactions are re-keyed by person (lib/normaliser/rekey-reactions.ts): find an instance's reactions by reactor.
CREATE INDEX "reaction_instance_id_reactor_idx" ON "reaction"("instance_id", "reactor");
