import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { TAlertChannelDto } from "@/lib/schemas/dto";
import { channelToDto } from "./channel-to-dto";
import type { TCreateChannelInput } from "./schemas";

/**
 * Stores a channel. A generic webhook without a secret gets a new one (Standard Webhooks' `whsec_` + base64),
 * returned in this answer only so the user can give it to the receiver, like an API token.
 */
export async function createChannel(db: Db, input: TCreateChannelInput): Promise<{ item: TAlertChannelDto; secret: string | null } | "instance_not_found"> {
  if (input.instanceId && !(await db.instance.findUnique({ where: { id: input.instanceId }, select: { id: true } }))) return "instance_not_found";
  const { kind, ...config } = input.config;
  let secret: string | null = null;
  if (input.config.kind === "webhook" && input.config.secret === "generate") {
    secret = `whsec_${randomBytes(24).toString("base64")}`;
    Object.assign(config, { secret });
  }
  const row = await db.alertChannel.create({ data: { kind, name: input.name, instanceId: input.instanceId, config } });
  return { item: channelToDto(row, null), secret };
}
