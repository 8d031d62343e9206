import { formatPhone } from "@/components/format/format-phone";
import type { TChatDto } from "@/lib/schemas/dto";

/**
 * What a chat is called: the name the normaliser kept (a saved contact name, else the push name, else a
 * group's subject or a channel's name), else its number formatted, else the identifier as given. `fallback`
 * names a group or channel that has no subject yet, in the reader's language.
 */
export function chatTitle(chat: Pick<TChatDto, "name" | "phone" | "kind">, fallback: { group: string; channel: string; status: string }): string {
  const name = chat.name?.trim();
  if (name) return name;
  if (chat.kind === "status") return fallback.status;
  if (chat.kind === "group") return fallback.group;
  if (chat.kind === "channel") return fallback.channel;
  return formatPhone(chat.phone.replace(/@.*$/, "")) ?? chat.phone;
}

/** A stable colour index (0..n-1) for a name or id: the same sender is always the same colour. */
export function colourIndex(key: string, n: number): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(hash) % n;
}

/** Up to two initials of a name; "#" for a number. */
export function initials(title: string): string {
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || /^\d/.test(words[0] ?? "")) return "#";
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toLocaleUpperCase() ?? "")
    .join("");
}
