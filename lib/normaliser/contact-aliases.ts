// The forms one WhatsApp contact takes in Z-API payloads (docs/zapi/SPEC.md §3.2, docs/zapi/EDGE_CASES.md 14-17):
// a number (Brazilian ones with or without the mobile ninth digit), a `<digits>@lid`, or the bare LID digits
// (`participantPhone`, `reactionBy`). Pure; both normaliser paths use these to decide who is who.

export const isLid = (id: string): boolean => id.endsWith("@lid");
const isDigits = (id: string): boolean => /^\d{6,}$/.test(id);

/**
 * The other spelling of a Brazilian mobile number: 55 + area code + 9 + eight digits ↔ 55 + area code + eight
 * digits (mobile numbers without the ninth digit start with 6-9; landlines never had it). Empty otherwise.
 */
export function ninthDigitVariants(phone: string): string[] {
  const nine = /^55(\d{2})9([6-9]\d{7})$/.exec(phone);
  if (nine) return [`55${nine[1]}${nine[2]}`];
  const eight = /^55(\d{2})([6-9]\d{7})$/.exec(phone);
  if (eight) return [`55${eight[1]}9${eight[2]}`];
  return [];
}

/** The phones a stored private chat may have for this `phone`: itself and its ninth-digit twin. */
export function phoneForms(phone: string): string[] {
  return isDigits(phone) ? [phone, ...ninthDigitVariants(phone)] : [phone];
}

/** Every value a payload may use for the person whose chat has this phone and LID. */
export function chatAliases(phone: string, lid: string | null): string[] {
  const all = new Set<string>(phoneForms(phone));
  for (const l of [lid, isLid(phone) ? phone : null]) {
    if (l === null) continue;
    all.add(l);
    all.add(l.slice(0, -"@lid".length));
  }
  return [...all];
}

/** What a reactor / participant string may be stored as in a chat's `phone` or `chat_lid`. */
export function identifierForms(id: string): string[] {
  if (isLid(id)) return [id];
  return isDigits(id) ? [...phoneForms(id), `${id}@lid`] : [id];
}

/** The LID a chat row stands for: its `chatLid`, or its phone when the phone is a LID. */
export function lidOf(chat: { phone: string; chatLid: string | null }): string | null {
  return chat.chatLid ?? (isLid(chat.phone) ? chat.phone : null);
}
