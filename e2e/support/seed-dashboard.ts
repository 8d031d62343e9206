import type { APIRequestContext } from "@playwright/test";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./zapi";

/**
 * A believable mix for screenshots: a healthy instance with traffic (long names, a group, media, ticks), a
 * disconnected one with its reason, one that only sent an unrecognised event.
 */
export async function seedDashboard(request: APIRequestContext): Promise<void> {
  const healthy = uniqueInstanceId();
  const dropped = uniqueInstanceId();
  const quiet = uniqueInstanceId();
  const at = (minutesAgo: number) => Date.now() - minutesAgo * 60_000;

  await postWebhook(request, fixture("connected", { instanceId: healthy, phone: "5511912345678", momment: at(95) }));
  await postWebhook(request, fixture("connected", { instanceId: dropped, phone: "5521998765432", momment: at(300) }));
  await postWebhook(
    request,
    fixture("disconnected", { instanceId: dropped, momment: at(12), error: "Device has been disconnected" }),
  );
  await postWebhook(request, { type: "SomethingNewCallback", instanceId: quiet, momment: at(40) });

  await postWebhook(
    request,
    fixture("received-text", {
      instanceId: healthy,
      messageId: uniqueId("3EB0"),
      momment: at(9),
      phone: "5511955554444",
      chatName: "Distribuidora de Materiais de Construção São João Batista Ltda — Filial Centro",
      senderName: "Distribuidora de Materiais de Construção São João Batista Ltda — Filial Centro",
      text: { message: "Bom dia! Vocês entregam no sábado? Preciso de 40 sacos de cimento e 2 m³ de areia média até as 10h." },
    }),
  );
  await postWebhook(
    request,
    fixture("received-group-text-captured", {
      instanceId: healthy,
      messageId: uniqueId("3EB0"),
      momment: at(6),
      chatName: "Equipe de Vendas — Região Sul",
      senderName: "Maria Fernanda Albuquerque",
      text: { message: "Fechei o pedido da loja de Joinville 🎉" },
    }),
  );
  await postWebhook(
    request,
    fixture("received-image", {
      instanceId: healthy,
      messageId: uniqueId("3EB0"),
      momment: at(4),
      phone: "5548991112222",
      chatName: "João Pedro",
      senderName: "João Pedro",
      image: { mimeType: "image/jpeg", imageUrl: "https://example.com/comprovante.jpg", caption: "Comprovante do Pix" },
    }),
  );
  const outgoing = uniqueId("A500");
  await postWebhook(
    request,
    fixture("received-text-fromme-phone-captured", {
      instanceId: healthy,
      messageId: outgoing,
      momment: at(2),
      phone: "5548991112222",
      chatName: "João Pedro",
      status: "SENT",
      text: { message: "Recebido, obrigado! Seu pedido já está em separação." },
    }),
  );
  await postWebhook(request, fixture("status-read", { instanceId: healthy, ids: [outgoing], phone: "5548991112222", momment: at(1) }));
}
