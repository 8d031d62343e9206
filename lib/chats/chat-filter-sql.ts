import { Prisma } from "@/lib/generated/prisma/client";
import type { TChatFilter } from "./chat-filter";

/** A filter as a condition on `chat c` (the failed one is an index lookup per chat on message (chat_id, …)). */
export function chatFilterSql(filter: TChatFilter): Prisma.Sql {
  switch (filter) {
    case "unread":
      return Prisma.sql`c.unread_count > 0`;
    case "groups":
      return Prisma.sql`c.kind = 'group'`;
    case "private":
      return Prisma.sql`c.kind = 'private'`;
    case "failed":
      return Prisma.sql`EXISTS (SELECT 1 FROM message fm WHERE fm.chat_id = c.id AND fm.from_me AND fm.status = 'FAILED')`;
  }
}
