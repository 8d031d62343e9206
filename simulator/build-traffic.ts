import { buildConnectionEpisode } from "./build-connection-episode";
import { buildEditEpisode, buildIncomingEpisode, buildRevokeEpisode } from "./build-incoming-episode";
import { buildOutgoingEpisode } from "./build-outgoing-episode";
import { buildReactionEpisode } from "./build-reaction-episode";
import { createRng } from "./create-rng";
import { createWorld } from "./create-world";
import { createIdSource } from "./generate-ids";
import type { Fixtures } from "./load-fixtures";
import { pickEpisodePlan, type EpisodePlan } from "./pick-episode-plan";
import { ScheduleQueue } from "./schedule-queue";
import type { EpisodeContext, ScheduledBody, SimInstance, TrafficItem } from "./traffic-types";

export type TrafficOptions = {
  fixtures: Fixtures;
  seed: number;
  instances: number;
  /** How many webhooks to produce; the run ends with the episodes already started, so a few more come out. */
  count: number;
  /** Epoch ms of the first event. */
  startMs: number;
  /** Real time between two items (1000 / rate); episode times are compressed to it. */
  msPerItem?: number;
};

/**
 * Realistic Z-API traffic, as the ordered list of bodies to POST. Episodes (a conversation turn, an API send
 * with its receipts, a reaction, a reconnect…) are interleaved; each places its bodies some items ahead,
 * which is what puts receipts before echoes and duplicates minutes apart. Deterministic for a seed.
 */
export function* buildTraffic(options: TrafficOptions): Generator<TrafficItem> {
  const rng = createRng(options.seed);
  const ids = createIdSource(rng);
  const world = createWorld(rng, ids, Math.max(1, options.instances));
  const msPerItem = options.msPerItem ?? 50;
  const queue = new ScheduleQueue();
  const offlineUntil = new Map<SimInstance, number>();
  const connectionAt = Math.floor(options.count * 0.2);
  let emitted = 0;
  let episodes = 0;
  let serial = 1000;
  let connectionDone = false;

  const context = (instance: SimInstance, chat: SimInstance["chats"][number]): EpisodeContext => {
    const base = options.startMs + emitted * msPerItem;
    return { fixtures: options.fixtures, rng, ids, instance, chat, at: (ms) => Math.round(base + (ms * msPerItem) / 1000), serial: () => serial++ };
  };
  // An episode starts now: its first body is due at once, so a new episode begins only when nothing is due.
  const schedule = (items: ScheduledBody[]): void => {
    const first = Math.min(...items.map((i) => i.offset));
    for (const item of items) queue.push(emitted + item.offset - first, item.body);
  };

  while (emitted < options.count || queue.size > 0) {
    while (emitted + queue.size < options.count && !queue.hasDue(emitted)) {
      if (!connectionDone && emitted >= connectionAt) {
        connectionDone = true;
        const instance = world[0] as SimInstance;
        const gap = Math.min(600, Math.max(5, Math.floor(options.count * 0.15)));
        offlineUntil.set(instance, emitted + gap);
        schedule(buildConnectionEpisode(context(instance, instance.chats[0] as SimInstance["chats"][number]), gap));
        continue;
      }
      const plan = pickEpisodePlan(rng, episodes++);
      const online = world.filter((i) => (offlineUntil.get(i) ?? 0) <= emitted);
      const instance = rng.pick(online.length > 0 ? online : world);
      const chats = instance.chats.filter((c) => !plan.chat || c.kind === plan.chat);
      schedule(runPlan(context(instance, rng.pick(chats.length > 0 ? chats : instance.chats)), plan));
    }
    const body = queue.pop();
    if (!body) return;
    emitted++;
    yield { body };
  }
}

function runPlan(ctx: EpisodeContext, plan: EpisodePlan): ScheduledBody[] {
  switch (plan.kind) {
    case "incoming":
      return buildIncomingEpisode(ctx, plan.messages[0] ?? "text", plan.opts);
    case "outgoing":
      return buildOutgoingEpisode(ctx, plan.messages, plan.opts);
    case "reaction":
      return buildReactionEpisode(ctx, plan.opts);
    case "edit":
      return buildEditEpisode(ctx);
    case "revoke":
      return buildRevokeEpisode(ctx);
  }
}
