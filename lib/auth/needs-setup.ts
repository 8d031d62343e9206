import "server-only";
import { getDb } from "@/lib/db/get-db";

/** True until the first user exists (then /login shows the login form instead of "create the admin"). */
export async function needsSetup(): Promise<boolean> {
  return (await getDb().user.count()) === 0;
}
