import type { Db } from "@/lib/db/client";
import { rawEventToDto } from "@/lib/dto/raw-event-to-dto";
import { type TRawEventDetailDto, ZRawEventDetailDto } from "@/lib/schemas/dto";

/** One raw event with its body and (masked) headers. */
export async function getEvent(db: Db, id: string): Promise<TRawEventDetailDto | null> {
  if (!/^\d{1,19}$/.test(id)) return null;
  const row = await db.rawEvent.findUnique({ where: { id: BigInt(id) } });
  if (!row) return null;
  return ZRawEventDetailDto.parse({ ...rawEventToDto(row), body: row.body, bodyEncoding: row.bodyEncoding, headers: row.headers });
}
