import type { Db } from "@/lib/db/client";
import { messageToDto, type TMessageFailure } from "@/lib/dto/message-to-dto";
import type { Message } from "@/lib/generated/prisma/client";
import type { TMessageDto } from "@/lib/schemas/dto";

/**
 * Message rows as DTOs, each FAILED one with the reason its failed DeliveryCallback gave (delivery_result, as
 * lib/normaliser/apply-delivery.ts stores it): one query for the whole page, only for the failed rows.
 */
export async function messagesWithFailures(db: Db, rows: Message[]): Promise<TMessageDto[]> {
  const failed = rows.filter((r) => r.status === "FAILED");
  const reasons = new Map<string, TMessageFailure>();
  if (failed.length > 0) {
    const results = await db.deliveryResult.findMany({
      where: { OR: failed.map((r) => ({ instanceId: r.instanceId, messageId: r.messageId })), error: { not: null } },
      orderBy: { at: "desc" },
      select: { instanceId: true, messageId: true, error: true, errorCode: true },
    });
    // Newest first: the latest failure is the one that set the status.
    for (const d of results) {
      const key = `${d.instanceId}\u0000${d.messageId}`;
      if (!reasons.has(key)) reasons.set(key, { error: d.error, errorCode: d.errorCode });
    }
  }
  return rows.map((r) => messageToDto(r, reasons.get(`${r.instanceId}\u0000${r.messageId}`) ?? null));
}
