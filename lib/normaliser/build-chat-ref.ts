import { classifyChat } from "./classify-chat";
import type { TChatRef } from "./intent";

type TChatHints = {
  chatLid?: string | null;
  isGroup?: boolean | null;
  isNewsletter?: boolean | null;
  name?: string | null;
  photoUrl?: string | null;
};

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** A chat reference from Z-API's `phone` plus whatever the event says about the chat. */
export function buildChatRef(phone: string, hints: TChatHints = {}): TChatRef {
  const kind = classifyChat(phone, hints);
  const phoneIsLid = phone.endsWith("@lid");
  // Only private chats have a LID; groups send `chatLid: null`.
  const lid = kind === "private" ? (nonEmpty(hints.chatLid) ?? (phoneIsLid ? phone : null)) : null;
  return { phone, lid, kind, name: nonEmpty(hints.name), photoUrl: nonEmpty(hints.photoUrl) };
}
