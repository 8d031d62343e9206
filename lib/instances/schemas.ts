import { z } from "zod";
import { INSTANCE_COLORS } from "./instance-colors";

/** PATCH /api/instances/{id}: any of the three; a blank name goes back to the number / id. */
export const ZUpdateInstanceInput = z
  .object({
    name: z.string().max(80).nullable().optional(),
    color: z.enum(INSTANCE_COLORS).nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type TUpdateInstanceInput = z.infer<typeof ZUpdateInstanceInput>;

/** Route parameter: any text Z-API could use as an id, bounded. */
export const ZInstanceId = z.string().min(1).max(100);
