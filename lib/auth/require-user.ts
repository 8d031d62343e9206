import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./get-current-user";
import type { TUserDto } from "./user-dto";

/**
 * The guard of every page, server component and server function that reads data: call it first in the data
 * loader itself, not only in a layout. Next renders a layout and its page in parallel and skips unchanged
 * layouts on client navigations (RSC requests), so a layout-only check lets the page's data out
 * (node_modules/next/dist/docs/01-app/02-guides/authentication.md, "Layouts and auth checks").
 * No valid session: redirect to /login (thrown, so nothing after it runs).
 */
export async function requireUser(): Promise<TUserDto> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
