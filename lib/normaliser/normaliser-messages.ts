/** Main thread → normaliser thread. */
export type ToNormaliser = { type: "stop" } | { type: "pressure"; on: boolean };

/**
 * Normaliser thread → main thread. There is no "changes" message: live delivery reads the change table
 * (lib/changes/start-change-stream.ts), so a change committed by any producer in any process is delivered.
 */
export type FromNormaliser =
  | { type: "ready" }
  /** This process took (or lost) the normaliser's leadership. */
  | { type: "leader"; leader: boolean }
  | { type: "error"; message: string }
  | { type: "stopped" };
