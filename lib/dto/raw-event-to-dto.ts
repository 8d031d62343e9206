import { type TRawEventDto, ZRawEventDto } from "@/lib/schemas/dto";

type RawEventRow = {
  id: bigint;
  receivedAt: Date;
  type: string | null;
  instanceId: string | null;
  result: string;
  duplicate: boolean;
  error: string | null;
  processedAt: Date | null;
};

export function rawEventToDto(row: RawEventRow): TRawEventDto {
  return ZRawEventDto.parse({
    id: String(row.id),
    receivedAt: row.receivedAt.toISOString(),
    type: row.type,
    instanceId: row.instanceId,
    result: row.result,
    duplicate: row.duplicate,
    error: row.error,
    processedAt: row.processedAt?.toISOString() ?? null,
  });
}
