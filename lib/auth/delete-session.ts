import type { Db } from "@/lib/db/client";
import { notifyCredentialsEnded } from "@/lib/realtime/notify-credentials-ended";
import { hashSecret } from "./tokens";

export async function deleteSession(db: Db, token: string): Promise<void> {
  const id = hashSecret(token);
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id } });
    // Delivered at commit to every process, which closes the sockets opened with this session.
    await notifyCredentialsEnded(tx, { kind: "sessions", ids: [id] });
  });
}
