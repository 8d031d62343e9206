"use client";

import { useTranslations } from "next-intl";
import type { TChatDto } from "@/lib/schemas/dto";
import { chatTitle } from "@/lib/chats/chat-title";

export function useChatTitle(chat: Pick<TChatDto, "name" | "phone" | "kind">): string {
  const t = useTranslations("chats");
  return chatTitle(chat, { group: t("unnamedGroup"), channel: t("unnamedChannel"), status: t("statusChat") });
}
