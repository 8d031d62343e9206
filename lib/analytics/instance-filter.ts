import { Prisma } from "@/lib/generated/prisma/client";

/** `AND r.instance_id = …` for one instance, nothing for all of them (the rollup alias is always `r`). */
export function instanceFilter(instanceId: string | null): Prisma.Sql {
  return instanceId === null ? Prisma.empty : Prisma.sql`AND r.instance_id = ${instanceId}`;
}
