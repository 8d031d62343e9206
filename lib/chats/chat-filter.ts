import { z } from "zod";

/** The chat list's filters: with unread messages, groups, private chats, with a failed send. */
export const ZChatFilter = z.enum(["unread", "groups", "private", "failed"]);
export type TChatFilter = z.infer<typeof ZChatFilter>;
