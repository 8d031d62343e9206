import type { Rng } from "./create-rng";
import type { IdSource } from "./generate-ids";
import { BUSINESS_NAMES, GROUP_NAMES, PERSON_NAMES } from "./portuguese-texts";
import type { SimChat, SimInstance, SimPerson } from "./traffic-types";

const PRIVATE_CHATS = 5;
const GROUP_CHATS = 2;

/** `count` fake instances, each with a few private chats and groups; every id is unique across the world. */
export function createWorld(rng: Rng, ids: IdSource, count: number): SimInstance[] {
  const person = (name: string): SimPerson => ({ phone: ids.phone(), lid: ids.lid(), name });
  const instances: SimInstance[] = [];
  for (let i = 0; i < count; i++) {
    const chats: SimChat[] = [];
    for (let c = 0; c < PRIVATE_CHATS; c++) chats.push({ kind: "private", phone: "", contact: person(rng.pick(PERSON_NAMES)) });
    for (let g = 0; g < GROUP_CHATS; g++) {
      const participants = Array.from({ length: rng.int(3, 6) }, () => person(rng.pick(PERSON_NAMES)));
      chats.push({ kind: "group", phone: ids.groupId(), name: rng.pick(GROUP_NAMES), participants });
    }
    for (const chat of chats) if (chat.kind === "private") chat.phone = chat.contact.phone;
    instances.push({
      instanceId: ids.instanceId(),
      me: person(BUSINESS_NAMES[i % BUSINESS_NAMES.length] ?? "Minha Empresa"),
      isBusiness: rng.chance(0.7),
      chats,
      recent: new Map(),
    });
  }
  return instances;
}

/** Who writes in `chat` when the message is incoming: the contact, or one of the group's participants. */
export function pickSender(rng: Rng, chat: SimChat): SimPerson {
  return chat.kind === "private" ? chat.contact : rng.pick(chat.participants);
}
