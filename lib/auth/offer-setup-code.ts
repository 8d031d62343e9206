import type { Db } from "@/lib/db/client";
import { issueSetupCode } from "./setup-code";

/** At start: while no user exists, a one-time setup code for the banner; null once there is an admin. */
export async function offerSetupCode(db: Db): Promise<string | null> {
  return (await db.user.count()) === 0 ? issueSetupCode() : null;
}
