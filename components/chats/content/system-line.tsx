"use client";

import { useTranslations } from "next-intl";
import { formatPhone } from "@/components/format/format-phone";
import type { TMessageDto } from "@/lib/schemas/dto";
import { list, rec, str } from "./read-content";

/** The notifications WhatsApp shows as a centred line (docs/zapi/SPEC.md §6.4), in words; others by their code. */
const KNOWN = [
  "GROUP_CREATE", "GROUP_CHANGE_SUBJECT", "GROUP_CHANGE_DESCRIPTION", "GROUP_CHANGE_ICON", "GROUP_PARTICIPANT_ADD",
  "GROUP_PARTICIPANT_REMOVE", "GROUP_PARTICIPANT_LEAVE", "GROUP_PARTICIPANT_INVITE", "GROUP_PARTICIPANT_PROMOTE",
  "GROUP_PARTICIPANT_DEMOTE", "MEMBERSHIP_APPROVAL_REQUEST", "REVOKED_MEMBERSHIP_REQUESTS", "GROUP_MEMBER_LINK_PROPERTY_UPDATE",
  "CALL_VOICE", "CALL_VIDEO", "CALL_MISSED_VOICE", "CALL_MISSED_VIDEO", "CALL_RECEIVED", "CALL_ACCEPTED", "CALL_STARTED",
  "CALL_ENDED", "CALL_MISSED", "NEWSLETTER_ADMIN_PROMOTE", "NEWSLETTER_ADMIN_DEMOTE", "PROFILE_NAME_UPDATED",
  "PROFILE_PICTURE_UPDATED", "CHAT_LABEL_ASSOCIATION", "REVOKE", "E2E_ENCRYPTED", "PAYMENT_ACTION_REQUEST_DECLINED",
] as const;

function isKnown(code: string): code is (typeof KNOWN)[number] {
  return (KNOWN as readonly string[]).includes(code);
}

function who(value: unknown): string | null {
  const s = str(value);
  return s ? (formatPhone(s.replace(/@.*$/, "")) ?? s) : null;
}

export function SystemLine({ message }: { message: TMessageDto }) {
  const t = useTranslations("chats.system");
  const code = message.notification ?? "";
  const c = rec(message.content) ?? {};
  const params = list(c.notificationParameters);
  const people = params.flatMap((p) => who(p) ?? []).join(", ");
  const actor = message.fromMe ? t("you") : (message.senderName ?? who(message.senderPhone) ?? t("someone"));
  const video = c.isVideo === true || code.endsWith("VIDEO");
  const text = isKnown(code)
    ? t(code, { actor, people: people || t("someone"), video: video ? "yes" : "no", name: str(c.profileName) ?? "", role: str(params[1]) ?? "" })
    : t("other", { code });
  return (
    <div data-testid="system-line" data-message-id={message.messageId} data-notification={code} className="mx-auto my-1 max-w-[85%] rounded-lg bg-white/90 px-3 py-1 text-center text-xs text-zinc-600 shadow-sm dark:bg-zinc-800/90 dark:text-zinc-300">
      {text}
    </div>
  );
}
