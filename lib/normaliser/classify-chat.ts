import type { z } from "zod";
import type { ZChatKind } from "@/lib/schemas/dto";

export type TChatKind = z.infer<typeof ZChatKind>;

/**
 * The chat kind from Z-API's `phone`. The suffix wins over the flags because doc channel examples carry
 * `…@newsletter` with `isNewsletter: false` (docs/zapi/EDGE_CASES.md 21); flags only decide when the suffix is silent.
 */
export function classifyChat(phone: string, flags: { isGroup?: boolean | null; isNewsletter?: boolean | null } = {}): TChatKind {
  const p = phone.trim().toLowerCase();
  if (p === "status@broadcast") return "status";
  if (p.endsWith("@newsletter")) return "channel";
  if (p.endsWith("-group") || p.endsWith("@g.us")) return "group";
  if (p.endsWith("-broadcast") || p.endsWith("@broadcast")) return "broadcast";
  if (p.endsWith("@lid") || p.endsWith("@s.whatsapp.net") || p.endsWith("@c.us")) return "private";
  if (flags.isNewsletter) return "channel";
  if (flags.isGroup) return "group";
  return "private";
}
