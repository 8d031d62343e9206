import { buildConnected, buildDisconnected } from "./build-callbacks";
import { buildOutgoingEpisode } from "./build-outgoing-episode";
import type { EpisodeContext, ScheduledBody } from "./traffic-types";

/**
 * The instance drops (DisconnectedCallback, momment in seconds), comes back `gap` items later
 * (ConnectedCallback), and its outgoing queue flushes right after (docs/zapi/SPEC.md §4, docs/zapi/EDGE_CASES.md 38).
 */
export function buildConnectionEpisode(ctx: EpisodeContext, gap: number): ScheduledBody[] {
  const out: ScheduledBody[] = [{ offset: 0, body: buildDisconnected(ctx, ctx.at(0)) }];
  const backLogical = gap * 1000 + ctx.rng.int(0, 999);
  out.push({ offset: gap, body: buildConnected(ctx, ctx.at(backLogical)) });
  const flushCtx = { ...ctx, at: (ms: number) => ctx.at(backLogical + 500 + ms) };
  const queued = Array.from({ length: ctx.rng.int(1, 3) }, () => "text" as const);
  for (const item of buildOutgoingEpisode(flushCtx, queued, { statusBeforeEcho: false })) {
    out.push({ offset: gap + 1 + item.offset, body: item.body });
  }
  return out;
}
