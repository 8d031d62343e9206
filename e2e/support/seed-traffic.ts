import type { APIRequestContext } from "@playwright/test";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./zapi";

/** A full dashboard: `count` incoming and outgoing messages on one connected instance (the feeds show 50 each). */
export async function seedTraffic(request: APIRequestContext, count = 60, label = "carga"): Promise<string> {
  const instanceId = uniqueInstanceId();
  await postWebhook(request, fixture("connected", { instanceId, phone: "5511933332222", momment: Date.now() }));
  for (let i = 0; i < count; i++) {
    const outgoing = i % 3 === 0;
    await postWebhook(
      request,
      fixture(outgoing ? "received-text-fromme-phone-captured" : "received-text", {
        instanceId,
        messageId: uniqueId(outgoing ? "A500" : "3EB0"),
        momment: Date.now(),
        phone: `55119${String(10_000_000 + i)}`,
        chatName: `Cliente ${i}`,
        senderName: `Cliente ${i}`,
        ...(outgoing ? { status: "SENT" } : {}),
        text: { message: `Mensagem de ${label} número ${i}: pedido, entrega e pagamento conferidos.` },
      }),
    );
  }
  return instanceId;
}
