import { getTranslations } from "next-intl/server";
import { IconChats } from "@/components/icons/chat-icons";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/require-user";

/** /chats on a wide screen: the list (from the layout) beside a prompt to pick a conversation. */
export default async function ChatsPage() {
  await requireUser();
  const t = await getTranslations("chats");
  return (
    <EmptyState
      icon={<IconChats className="size-5" />}
      title={t("pickTitle")}
      description={t("pickBody")}
      className="m-auto bg-transparent"
    />
  );
}
