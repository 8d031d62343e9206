import { z } from "zod";

export const ZUserDto = z.object({ id: z.string(), email: z.string(), name: z.string().nullable(), role: z.string() });
export type TUserDto = z.infer<typeof ZUserDto>;

/** The roles a user can have (the column is free text; "admin" is the only one today). */
export type Role = "admin";

export function userToDto(u: { id: string; email: string; name: string | null; role: string }): TUserDto {
  return ZUserDto.parse({ id: u.id, email: u.email, name: u.name, role: u.role });
}
