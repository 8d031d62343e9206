import { Prisma } from "@/lib/generated/prisma/client";

/** RETURNING list that gives raw SQL the shape of Prisma's `Message` (camelCase keys, same types). */
export const MESSAGE_COLUMNS = Prisma.raw(`id, instance_id AS "instanceId", message_id AS "messageId", chat_id AS "chatId",
  from_me AS "fromMe", from_api AS "fromApi", sender_phone AS "senderPhone", sender_lid AS "senderLid",
  sender_name AS "senderName", kind, content, text, notification, reply_to_message_id AS "replyToMessageId",
  is_forwarded AS "isForwarded", is_status_reply AS "isStatusReply", sent_at AS "sentAt", status,
  status_rank AS "statusRank", status_at AS "statusAt", read_by_me_at AS "readByMeAt", deleted_at AS "deletedAt",
  edited_at AS "editedAt", stuck_at AS "stuckAt", first_raw_event_id AS "firstRawEventId", created_at AS "createdAt", updated_at AS "updatedAt"`);
