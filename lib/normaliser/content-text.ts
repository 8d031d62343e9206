// Which fields make a message searchable, per content kind. The first non-empty one wins unless the kind
// reads better joined (templates show title, body and footer together).
const FIRST_OF: Record<string, string[]> = {
  text: ["message"],
  image: ["caption"],
  video: ["caption"],
  gif: ["caption"],
  ptv: ["caption"],
  document: ["caption", "fileName", "title"],
  location: ["name", "address"],
  liveLocation: ["caption"],
  contact: ["displayName"],
  reaction: ["value"],
  buttonsResponseMessage: ["message", "buttonId"],
  listResponseMessage: ["message", "title"],
  buttonsMessage: ["message"],
  carouselMessage: ["text"],
  poll: ["question"],
  product: ["title", "description"],
  order: ["message", "orderTitle"],
  event: ["name", "description"],
  eventResponse: ["response"],
  newsletterAdminInvite: ["text", "newsletterName"],
};

const JOINED: Record<string, string[]> = {
  hydratedTemplate: ["title", "message", "footer"],
  pixKeyMessage: ["merchantName", "key"],
};

function nonEmpty(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Searchable text of one content object, or null when the kind has none (audio, sticker, …). */
export function contentText(kind: string, content: unknown): string | null {
  if (!isRecord(content)) return null;
  if (kind === "pollVote") {
    const names = Array.isArray(content.options)
      ? content.options.map((o) => (isRecord(o) ? nonEmpty(o.name) : null)).filter((n): n is string => n !== null)
      : [];
    return names.length > 0 ? names.join(", ") : null;
  }
  const joined = JOINED[kind];
  if (joined) {
    const parts = joined.map((k) => nonEmpty(content[k])).filter((p): p is string => p !== null);
    return parts.length > 0 ? parts.join("\n") : null;
  }
  for (const key of FIRST_OF[kind] ?? []) {
    const value = nonEmpty(content[key]);
    if (value !== null) return value;
  }
  return null;
}
