-- Reactions are re-keyed by person (lib/normaliser/rekey-reactions.ts): find an instance's reactions by reactor.
CREATE INDEX "reaction_instance_id_reactor_idx" ON "reaction"("instance_id", "reactor");

-- When each user last opened each chat in Vigia, and the chat's unread count then (lib/chats/unread-for-viewer.ts).
CREATE TABLE "chat_opened" (
    "user_id" UUID NOT NULL,
    "chat_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "unread_base" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "chat_opened_pkey" PRIMARY KEY ("user_id", "chat_id")
);
CREATE INDEX "chat_opened_chat_id_idx" ON "chat_opened"("chat_id");
ALTER TABLE "chat_opened" ADD CONSTRAINT "chat_opened_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "chat_opened" ADD CONSTRAINT "chat_opened_chat_id_fkey" FOREIGN KEY ("chat_id") REFERENCES "chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
