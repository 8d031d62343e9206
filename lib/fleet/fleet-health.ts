import type { TIncidentDto, TInstanceDto } from "@/lib/schemas/dto";

/**
 * How an instance's connection is seen: Z-API's own word (connected, disconnected), "silent" when it claims to
 * be up but an open silence incident says nothing arrives (lib/incidents/detect-silence.ts), "receiving" when
 * events flow but no connection was reported yet (traffic is evidence: up), "unknown" when there is neither.
 */
export type TConnectionView = "connected" | "disconnected" | "silent" | "receiving" | "unknown";

/** The verdict in words, worst first: the order of the fleet overview. */
export const VERDICTS = ["down", "silent", "stuck", "failed", "unknown", "healthy"] as const;
export type TVerdict = (typeof VERDICTS)[number];

export type THealthInput = {
  instance: Pick<TInstanceDto, "state" | "lastEventAt">;
  /** The instance's open incident, if any (the newest one when several are open). */
  openIncident: Pick<TIncidentDto, "kind"> | null;
  /** Messages flagged stuck now (lib/messages/mark-stuck-messages.ts). */
  stuck: number;
  /** Our messages that failed in the last 24 hours. */
  failed: number;
};

export type THealth = { connection: TConnectionView; verdict: TVerdict; rank: number; problem: boolean };

/**
 * One instance's health. The instance's state is fresher than its incidents (the normaliser writes it as the
 * callback lands, the alert loop opens the incident a tick later), so a disconnect counts at once and a
 * reconnect clears it at once. A problem is something ongoing that needs a person: down, silent, messages
 * stuck. A failed message is over (Z-API already said no): shown and ranked, not counted as a problem.
 */
export function fleetHealth(o: THealthInput): THealth {
  const { state, lastEventAt } = o.instance;
  const connection: TConnectionView =
    state === "disconnected"
      ? "disconnected"
      : o.openIncident?.kind === "silent"
        ? "silent"
        : state === "connected"
          ? "connected"
          : lastEventAt !== null
            ? "receiving"
            : "unknown";
  const verdict: TVerdict =
    connection === "disconnected"
      ? "down"
      : connection === "silent"
        ? "silent"
        : o.stuck > 0
          ? "stuck"
          : o.failed > 0
            ? "failed"
            : connection === "unknown"
              ? "unknown"
              : "healthy";
  return { connection, verdict, rank: VERDICTS.indexOf(verdict), problem: verdict === "down" || verdict === "silent" || verdict === "stuck" };
}

/** Worst first, then by label: the same verdict keeps a stable, readable order. */
export function compareFleet(a: { health: THealth; label: string }, b: { health: THealth; label: string }): number {
  if (a.health.rank !== b.health.rank) return a.health.rank - b.health.rank;
  return a.label.localeCompare(b.label, undefined, { numeric: true, sensitivity: "base" });
}
