import type { Db } from "@/lib/db/client";
import { hashSecret } from "./tokens";

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashSecret(token) } });
}
