import type { SimChat, SimInstance, SimMessage } from "./traffic-types";

const KEPT_PER_CHAT = 20;

/** Keeps the last messages of each chat so later reactions point at messages that exist. */
export function rememberMessage(instance: SimInstance, chat: SimChat, message: SimMessage): void {
  const list = instance.recent.get(chat.phone) ?? [];
  list.push(message);
  if (list.length > KEPT_PER_CHAT) list.shift();
  instance.recent.set(chat.phone, list);
}
