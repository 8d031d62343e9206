import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "./require-user";
import type { Role, TUserDto } from "./user-dto";

/** requireUser, and the user must have `role`; anyone else gets the 404 page (it does not say what is there). */
export async function requireRole(role: Role): Promise<TUserDto> {
  const user = await requireUser();
  if (user.role !== role) notFound();
  return user;
}
