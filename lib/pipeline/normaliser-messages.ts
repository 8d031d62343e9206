import type { TChangeDto } from "@/lib/schemas/dto";

/** Main thread → normaliser thread. */
export type ToNormaliser = { type: "kick" } | { type: "stop" } | { type: "pressure"; on: boolean };

/** Normaliser thread → main thread; `changes` are committed, in seq order. */
export type FromNormaliser =
  | { type: "ready" }
  | { type: "changes"; changes: TChangeDto[] }
  | { type: "error"; message: string }
  | { type: "stopped" };
