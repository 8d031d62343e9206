-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "raw_event" (
    "id" BIGSERIAL NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT NOT NULL,
    "body_encoding" TEXT NOT NULL DEFAULT 'utf8',
    "headers" JSONB NOT NULL,
    "type" TEXT,
    "instance_id" TEXT,
    "result" TEXT NOT NULL DEFAULT 'pending',
    "duplicate" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "raw_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change" (
    "seq" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "change_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "instance" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    "is_business" BOOLEAN,
    "state" TEXT NOT NULL DEFAULT 'unknown',
    "state_changed_at" TIMESTAMPTZ(3),
    "disconnect_reason" TEXT,
    "last_event_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "instance_id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "chat_lid" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "photo_url" TEXT,
    "last_message_at" TIMESTAMPTZ(3),
    "last_message_preview" TEXT,
    "unread_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "instance_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "chat_id" UUID NOT NULL,
    "from_me" BOOLEAN NOT NULL,
    "from_api" BOOLEAN NOT NULL DEFAULT false,
    "sender_phone" TEXT,
    "sender_lid" TEXT,
    "sender_name" TEXT,
    "kind" TEXT NOT NULL,
    "content" JSONB,
    "text" TEXT,
    "notification" TEXT,
    "reply_to_message_id" TEXT,
    "is_forwarded" BOOLEAN NOT NULL DEFAULT false,
    "is_status_reply" BOOLEAN NOT NULL DEFAULT false,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT,
    "status_rank" INTEGER NOT NULL DEFAULT 0,
    "status_at" TIMESTAMPTZ(3),
    "read_by_me_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "edited_at" TIMESTAMPTZ(3),
    "first_raw_event_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_edit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "message_row_id" UUID NOT NULL,
    "edit_message_id" TEXT NOT NULL,
    "previous_text" TEXT,
    "previous_content" JSONB,
    "new_text" TEXT,
    "edited_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_edit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_transition" (
    "id" BIGSERIAL NOT NULL,
    "instance_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "participant" TEXT NOT NULL DEFAULT '',
    "device" INTEGER,
    "phone" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "raw_event_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_result" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "instance_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "zaap_id" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL,
    "error" TEXT,
    "error_code" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "raw_event_id" BIGINT,

    CONSTRAINT "delivery_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reaction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "instance_id" TEXT NOT NULL,
    "target_message_id" TEXT NOT NULL,
    "reactor" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reacted_at" TIMESTAMPTZ(3) NOT NULL,
    "from_me" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connection_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "instance_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "raw_event_id" BIGINT,

    CONSTRAINT "connection_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "presence" (
    "chat_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "last_seen" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "presence_pkey" PRIMARY KEY ("chat_id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "raw_event_processed_at_id_idx" ON "raw_event"("processed_at", "id");

-- CreateIndex
CREATE INDEX "raw_event_type_id_idx" ON "raw_event"("type", "id");

-- CreateIndex
CREATE INDEX "raw_event_result_id_idx" ON "raw_event"("result", "id");

-- CreateIndex
CREATE INDEX "raw_event_instance_id_id_idx" ON "raw_event"("instance_id", "id");

-- CreateIndex
CREATE INDEX "change_created_at_idx" ON "change"("created_at");

-- CreateIndex
CREATE INDEX "chat_instance_id_chat_lid_idx" ON "chat"("instance_id", "chat_lid");

-- CreateIndex
CREATE INDEX "chat_instance_id_last_message_at_idx" ON "chat"("instance_id", "last_message_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "chat_instance_id_phone_key" ON "chat"("instance_id", "phone");

-- CreateIndex
CREATE INDEX "message_chat_id_sent_at_idx" ON "message"("chat_id", "sent_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "message_instance_id_message_id_key" ON "message"("instance_id", "message_id");

-- CreateIndex
CREATE UNIQUE INDEX "message_edit_message_row_id_edit_message_id_key" ON "message_edit"("message_row_id", "edit_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "status_transition_instance_id_message_id_status_participant_key" ON "status_transition"("instance_id", "message_id", "status", "participant");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_result_instance_id_message_id_zaap_id_key" ON "delivery_result"("instance_id", "message_id", "zaap_id");

-- CreateIndex
CREATE UNIQUE INDEX "reaction_instance_id_target_message_id_reactor_key" ON "reaction"("instance_id", "target_message_id", "reactor");

-- CreateIndex
CREATE INDEX "connection_event_instance_id_at_idx" ON "connection_event"("instance_id", "at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "connection_event_instance_id_kind_at_key" ON "connection_event"("instance_id", "kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- AddForeignKey
ALTER TABLE "chat" ADD CONSTRAINT "chat_instance_id_fkey" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_instance_id_fkey" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_chat_id_fkey" FOREIGN KEY ("chat_id") REFERENCES "chat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_edit" ADD CONSTRAINT "message_edit_message_row_id_fkey" FOREIGN KEY ("message_row_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connection_event" ADD CONSTRAINT "connection_event_instance_id_fkey" FOREIGN KEY ("instance_id") REFERENCES "instance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "presence" ADD CONSTRAINT "presence_chat_id_fkey" FOREIGN KEY ("chat_id") REFERENCES "chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
