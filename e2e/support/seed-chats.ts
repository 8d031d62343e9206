import type { APIRequestContext } from "@playwright/test";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./zapi";

export type SeededChats = { instanceId: string; phones: { ana: string; group: string; bruno: string }; tag: string };

/** A fresh instance with three chats through the webhook endpoint: Ana (oldest), a group, Bruno (newest). */
export async function seedChats(request: APIRequestContext, options: { minutesAgo?: number } = {}): Promise<SeededChats> {
  const instanceId = uniqueInstanceId();
  const base = Date.now() - (options.minutesAgo ?? 10) * 60_000;
  const suffix = String(Math.floor(Math.random() * 9000) + 1000);
  const phones = { ana: `55119${suffix}0001`, group: `1203630000${suffix}-group`, bruno: `55219${suffix}0002` };
  await postWebhook(request, fixture("connected", { instanceId, phone: "5511912340000", momment: base }));
  await postWebhook(
    request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: base + 1_000, phone: phones.ana, chatName: "Ana Souza", senderName: "Ana Souza", text: { message: "Oi, tudo bem?" } }),
  );
  await postWebhook(
    request,
    fixture("received-group-text-captured", { instanceId, messageId: uniqueId("3EB0"), momment: base + 2_000, phone: phones.group, chatName: "Equipe Vendas", senderName: "Carla", text: { message: "Reunião às 15h" } }),
  );
  await postWebhook(
    request,
    fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: base + 3_000, phone: phones.bruno, chatName: "Bruno Lima", senderName: "Bruno Lima", text: { message: `Pedido enviado ${suffix}` } }),
  );
  return { instanceId, phones, tag: suffix };
}
