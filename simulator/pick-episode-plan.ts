import type { MessageKind } from "./build-received-message";
import type { Rng } from "./create-rng";
import type { EpisodeOptions } from "./traffic-types";

export type EpisodePlan = {
  kind: "incoming" | "outgoing" | "reaction" | "edit" | "revoke";
  /** One kind per message; outgoing plans with several send a batch that shares its receipts. */
  messages: MessageKind[];
  chat?: "private" | "group";
  opts?: EpisodeOptions;
};

// The first episodes of every run show each behaviour once, so even a 10-second demo (or a short bench
// warm-up) exercises every webhook kind and every quirk; after that the seed decides.
const SHOWCASE: EpisodePlan[] = [
  { kind: "incoming", messages: ["text"], chat: "private", opts: { presence: true, readByMe: true } },
  { kind: "outgoing", messages: ["audio"], chat: "private", opts: { statusBeforeEcho: true, played: true } },
  { kind: "incoming", messages: ["image"], chat: "group", opts: { copies: 4 } },
  { kind: "outgoing", messages: ["text", "text", "image"], chat: "private", opts: { statusBeforeEcho: false } },
  { kind: "reaction", messages: [], chat: "group", opts: { removeReaction: true } },
  { kind: "edit", messages: ["text"], chat: "private" },
  { kind: "incoming", messages: ["audio"], chat: "private", opts: { presence: true } },
  { kind: "revoke", messages: ["text"], chat: "private" },
  { kind: "outgoing", messages: ["text"], chat: "group" },
  { kind: "incoming", messages: ["document"], chat: "group" },
  { kind: "incoming", messages: ["sticker"], chat: "private" },
  { kind: "incoming", messages: ["video"], chat: "private" },
];

const INCOMING: ReadonlyArray<[MessageKind, number]> = [
  ["text", 50],
  ["image", 12],
  ["audio", 12],
  ["video", 6],
  ["document", 10],
  ["sticker", 10],
];

/** The `index`-th episode of a run. */
export function pickEpisodePlan(rng: Rng, index: number): EpisodePlan {
  const shown = SHOWCASE[index];
  if (shown) return shown;
  const roll = rng.int(1, 100);
  if (roll <= 40) return { kind: "incoming", messages: [weighted(rng, INCOMING)] };
  if (roll <= 70) return { kind: "outgoing", messages: [rng.pick(["text", "text", "text", "audio", "image", "document"] as const)] };
  if (roll <= 78) return { kind: "outgoing", messages: Array.from({ length: rng.int(2, 5) }, () => "text" as const) };
  if (roll <= 92) return { kind: "reaction", messages: [] };
  if (roll <= 97) return { kind: "edit", messages: ["text"] };
  return { kind: "revoke", messages: ["text"], chat: "private" };
}

function weighted<T>(rng: Rng, options: ReadonlyArray<[T, number]>): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error("no options");
  return last[0];
}
