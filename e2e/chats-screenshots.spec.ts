import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

let chatPath = "";

// A believable conversation: text with formatting and a link, a photo, a voice note, a document, a reply,
// outgoing messages at each tick, a location and a group beside it in the list.
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  const request = context.request;
  const instanceId = uniqueInstanceId();
  const phone = "5548991237777";
  const at = (minutesAgo: number) => Date.now() - minutesAgo * 60_000;
  const base = { instanceId, phone, chatLid: null, chatName: "Juliana Martins", senderName: "Juliana Martins", referenceMessageId: null };
  await postWebhook(request, fixture("connected", { instanceId, phone: "5511912348888", momment: at(300) }));
  await postWebhook(request, fixture("received-group-text-captured", { instanceId, messageId: uniqueId("3EB0"), phone: "120363111122223333-group", chatLid: null, momment: at(50), chatName: "Logística — Filial Sul", senderName: "Rafael", text: { message: "Caminhão saiu às 14h" } }));
  await postWebhook(request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), phone: "5521987650000", chatLid: null, momment: at(30), chatName: "Pedro Alves", senderName: "Pedro Alves", text: { message: "Obrigado!" } }));
  const question = uniqueId("3EB0");
  await postWebhook(request, fixture("received-text", { ...base, messageId: question, momment: at(26 * 60), text: { message: "Oi! Vocês têm o *modelo X* em estoque? Vi aqui: https://loja.example.com/modelo-x" } }));
  await postWebhook(request, fixture("received-image", { ...base, messageId: uniqueId("3EB0"), momment: at(25 * 60), image: { imageUrl: "https://", caption: "Esse aqui _azul_" } }));
  const sent = [uniqueId("A500"), uniqueId("A500"), uniqueId("A500")];
  await postWebhook(request, fixture("received-text-fromme-phone-captured", { ...base, messageId: sent[0], momment: at(20), status: "SENT", text: { message: "Temos sim! Envio hoje ainda." }, referenceMessageId: question }));
  await postWebhook(request, fixture("received-audio", { ...base, messageId: uniqueId("3EB0"), momment: at(15), audio: { ptt: true, seconds: 14, audioUrl: "https://", mimeType: "audio/ogg" } }));
  await postWebhook(request, fixture("received-document", { ...base, messageId: uniqueId("3EB0"), momment: at(12), document: { documentUrl: "https://", fileName: "comprovante-pix.pdf", pageCount: 1, mimeType: "application/pdf" } }));
  await postWebhook(request, fixture("received-text-fromme-phone-captured", { ...base, messageId: sent[1], momment: at(10), status: "SENT", text: { message: "Recebido, obrigado. Segue a localização da retirada:" } }));
  await postWebhook(request, fixture("received-location", { ...base, messageId: uniqueId("3EB0"), momment: at(8), fromMe: true, location: { latitude: -27.5954, longitude: -48.548, name: "Loja Centro", address: "Rua Felipe Schmidt, 100" } }));
  await postWebhook(request, fixture("received-text-fromme-phone-captured", { ...base, messageId: sent[2], momment: at(2), status: "SENT", text: { message: "Qualquer dúvida é só chamar ~amanhã~ hoje mesmo 🙂" } }));
  await postWebhook(request, fixture("status-read", { instanceId, ids: [sent[0], sent[1]], phone, momment: at(1) }));
  await postWebhook(request, fixture("status-received", { instanceId, ids: [sent[2]], phone, momment: at(1) }));
  await postWebhook(request, fixture("presence-composing", { instanceId, phone: "5521987650000" }));
  const chats = (await (await request.get(`/api/chats?instanceId=${instanceId}`)).json()) as { items: { id: string; phone: string }[] };
  chatPath = `/chats/${chats.items.find((c) => c.phone === phone)?.id ?? ""}`;
  await context.close();
});

for (const { suffix, messages, contextOptions } of screenCombos()) {
  test(`chats ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    await logIn(context);
    const page = await context.newPage();
    await page.goto("/chats");
    await expect(page.getByRole("heading", { name: messages.chats.title })).toBeVisible();
    await saveScreenshot(page, `chats-list-${suffix}`, { firstScreen: true });
    await page.goto(chatPath);
    await expect(page.getByTestId("bubble").last()).toBeVisible();
    await saveScreenshot(page, `chats-conversation-${suffix}`, { firstScreen: true });
    await context.close();
  });
}
