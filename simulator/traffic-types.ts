// Shared shapes of the simulator. Bodies are plain JSON objects cloned from the Z-API fixtures.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One webhook to POST, in the order the generator yields it. */
export type TrafficItem = { body: JsonObject };

/** A body with the position (in items from the episode's start) where it should be delivered. */
export type ScheduledBody = { offset: number; body: JsonObject };

export type SimPerson = { phone: string; lid: string; name: string };

export type SimChat =
  | { kind: "private"; phone: string; contact: SimPerson }
  | { kind: "group"; phone: string; name: string; participants: SimPerson[] };

/** A message the generator already sent, kept so reactions can point at it. */
export type SimMessage = { messageId: string; fromMe: boolean; sender: SimPerson | null };

export type SimInstance = {
  instanceId: string;
  me: SimPerson;
  isBusiness: boolean;
  chats: SimChat[];
  recent: Map<string, SimMessage[]>;
};

/** Everything an episode builder needs; `at(ms)` turns a time within the episode into epoch ms. */
export type EpisodeContext = {
  fixtures: import("./load-fixtures").Fixtures;
  rng: import("./create-rng").Rng;
  ids: import("./generate-ids").IdSource;
  instance: SimInstance;
  chat: SimChat;
  at: (ms: number) => number;
  /** Numbers the `{n}` of outgoing templates, so texts differ. */
  serial: () => number;
};

/** Forces a variant of an episode; undefined = let the seed decide. */
export type EpisodeOptions = {
  presence?: boolean;
  /** Total copies of the incoming message (1 = no duplicate). */
  copies?: number;
  statusBeforeEcho?: boolean;
  played?: boolean;
  readByMe?: boolean;
  removeReaction?: boolean;
};
