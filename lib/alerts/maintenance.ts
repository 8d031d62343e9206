import type { Db } from "@/lib/db/client";
import type { MaintenanceWindow } from "@/lib/generated/prisma/client";
import { ZMaintenanceWindowDto, type TMaintenanceWindowDto } from "@/lib/schemas/dto";

function toDto(w: MaintenanceWindow): TMaintenanceWindowDto {
  return ZMaintenanceWindowDto.parse({ id: w.id, instanceId: w.instanceId, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), note: w.note });
}

/** Windows that have not ended yet, soonest first: planned downtime sends no alert and counts against no uptime. */
export async function listMaintenanceWindows(db: Db, now = new Date()): Promise<TMaintenanceWindowDto[]> {
  return (await db.maintenanceWindow.findMany({ where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } })).map(toDto);
}

export async function createMaintenanceWindow(db: Db, w: { instanceId: string | null; startsAt: string; endsAt: string; note: string | null }): Promise<TMaintenanceWindowDto | "instance_not_found"> {
  if (w.instanceId && !(await db.instance.findUnique({ where: { id: w.instanceId }, select: { id: true } }))) return "instance_not_found";
  return toDto(await db.maintenanceWindow.create({ data: { instanceId: w.instanceId, startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt), note: w.note } }));
}

export async function deleteMaintenanceWindow(db: Db, id: string): Promise<boolean> {
  return (await db.maintenanceWindow.deleteMany({ where: { id } })).count > 0;
}
