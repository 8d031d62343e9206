import { buildReaction } from "./build-received-message";
import { buildIncomingEpisode } from "./build-incoming-episode";
import { pickSender } from "./create-world";
import { formatMomment } from "./format-momment";
import { EMOJIS } from "./portuguese-texts";
import type { EpisodeContext, EpisodeOptions, ScheduledBody } from "./traffic-types";

/**
 * Someone reacts to a recent message of the chat (ours or theirs), and sometimes takes the reaction back:
 * a second reaction with `value: ""` (docs/zapi/SPEC.md §6.2). Reactions are ReceivedCallbacks with their own id.
 */
export function buildReactionEpisode(ctx: EpisodeContext, opts: EpisodeOptions = {}): ScheduledBody[] {
  const { rng, chat } = ctx;
  const out: ScheduledBody[] = [];
  let start = 0;
  if ((ctx.instance.recent.get(chat.phone) ?? []).length === 0) {
    out.push(...buildIncomingEpisode(ctx, "text", { copies: 1, presence: false, readByMe: false }));
    start = 4;
  }
  const target = rng.pick(ctx.instance.recent.get(chat.phone) ?? []);
  const reactor = rng.chance(0.25) ? null : pickSender(rng, chat);
  const setLogical = (start + 1) * 1000;
  const setMs = ctx.at(setLogical);
  const set = { messageId: ctx.ids.messageId(), sender: reactor, momment: formatMomment(rng, setMs) };
  out.push({ offset: start + 1, body: buildReaction(ctx, set, rng.pick(EMOJIS), target) });
  if (opts.removeReaction ?? rng.chance(0.3)) {
    const removed = { messageId: ctx.ids.messageId(), sender: reactor, momment: formatMomment(rng, ctx.at(setLogical + rng.int(5, 60) * 1000)) };
    out.push({ offset: start + rng.int(3, 12), body: buildReaction(ctx, removed, "", target) });
  }
  return out;
}
