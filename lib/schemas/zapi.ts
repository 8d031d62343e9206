import { z } from "zod";

// Z-API webhook bodies as they arrive (see docs/zapi/SPEC.md). Isomorphic: no server imports.
// Every object is loose because Z-API adds keys without notice and an unknown key must never cost us an
// event; only the fields we read are typed, and those as leniently as the docs + real captures require.

/** `momment` is an integer in real traffic; some doc tables call it a string, so accept digit strings. */
export const ZZapiMoment = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)]);

const str = z.string().nullish();
const num = z.number().nullish();
const bool = z.boolean().nullish();

// ---------- ReceivedCallback content variants (docs/zapi/SPEC.md §6.2) ----------

export const ZZapiText = z.looseObject({ message: str, description: str, title: str, url: str, thumbnailUrl: str });
export const ZZapiImage = z.looseObject({
  imageUrl: str, thumbnailUrl: str, caption: str, mimeType: str, width: num, height: num, viewOnce: bool, downloadError: str,
});
export const ZZapiAudio = z.looseObject({ ptt: bool, seconds: num, audioUrl: str, mimeType: str, viewOnce: bool });
/** `videoUrl` is null and `mimeType` "" on edits; `isGif` only in real traffic. */
export const ZZapiVideo = z.looseObject({
  videoUrl: str, caption: str, mimeType: str, width: num, height: num, seconds: num, viewOnce: bool, isGif: bool,
});
export const ZZapiPtv = z.looseObject({ ptvUrl: str, caption: str, mimeType: str, width: num, height: num });
/** The docs table says `pageCount` is a string, real traffic sends an integer. */
export const ZZapiDocument = z.looseObject({
  documentUrl: str, mimeType: str, title: str, fileName: str, pageCount: z.union([z.number(), z.string()]).nullish(),
  caption: str, thumbnailUrl: str,
});
export const ZZapiSticker = z.looseObject({ stickerUrl: str, mimeType: str, width: num, height: num });
export const ZZapiLocation = z.looseObject({ latitude: num, longitude: num, address: str, url: str, name: str, thumbnailUrl: str });
export const ZZapiLiveLocation = z.looseObject({ latitude: num, longitude: num, caption: str, sequence: z.unknown().optional() });
export const ZZapiContact = z.looseObject({ displayName: str, vCard: str, phones: z.array(z.string()).nullish() });

export const ZZapiReferencedMessage = z.looseObject({
  messageId: z.string(), fromMe: bool, phone: str, participant: str,
});
/** `value: ""` means the reaction was removed; `reactionBy` may be bare LID digits. */
export const ZZapiReaction = z.looseObject({
  value: z.string(), time: ZZapiMoment.nullish(), reactionBy: str, referencedMessage: ZZapiReferencedMessage,
});
export const ZZapiButtonsResponse = z.looseObject({ buttonId: str, message: str });
export const ZZapiListResponse = z.looseObject({ message: str, title: str, selectedRowId: str });
export const ZZapiButtonsMessage = z.looseObject({
  imageUrl: str, videoUrl: str, message: str, buttons: z.array(z.unknown()).nullish(),
});
export const ZZapiHydratedTemplate = z.looseObject({
  header: z.unknown().optional(), message: str, footer: str, title: str, templateId: str,
  hydratedButtons: z.array(z.unknown()).nullish(),
});
export const ZZapiCarousel = z.looseObject({ text: str, cards: z.array(z.unknown()).nullish() });
export const ZZapiPixKey = z.looseObject({ currency: str, referenceId: str, key: str, keyType: str, merchantName: str });
const ZZapiOption = z.looseObject({ name: str });
export const ZZapiPoll = z.looseObject({ question: str, pollMaxOptions: num, options: z.array(ZZapiOption).nullish() });
export const ZZapiPollVote = z.looseObject({ pollMessageId: str, options: z.array(ZZapiOption).nullish() });
export const ZZapiProduct = z.looseObject({ title: str, description: str, productId: str, price: num, currencyCode: str });
export const ZZapiOrder = z.looseObject({ orderId: str, message: str, orderTitle: str, products: z.array(z.unknown()).nullish() });
export const ZZapiReviewOrder = z.looseObject({ referenceId: str, orderStatus: str, paymentStatus: str, products: z.array(z.unknown()).nullish() });
export const ZZapiRequestPayment = z.looseObject({ value: num, currencyCode: str, expiration: num, requestPhone: str });
export const ZZapiSendPayment = z.looseObject({ paymentInfo: z.unknown().optional() });
/** `scheduleTime` is in seconds (docs/zapi/EDGE_CASES.md 11). */
export const ZZapiEvent = z.looseObject({ name: str, description: str, canceled: bool, joinLink: str, scheduleTime: num });
export const ZZapiEventResponse = z.looseObject({ response: str, responseFrom: str, time: num, referencedMessage: z.unknown().optional() });
export const ZZapiPinMessage = z.looseObject({ action: str, pinDurationInSecs: num, referencedMessage: z.unknown().optional() });
export const ZZapiNewsletterAdminInvite = z.looseObject({ newsletterId: str, newsletterName: str, text: str, inviteExpiration: num });
/** Status-reply companions: they come together with `text` (docs/zapi/EDGE_CASES.md 26); old docs spell `mimetype`. */
export const ZZapiStatusMedia = z.looseObject({
  imageUrl: str, videoUrl: str, audioUrl: str, thumbnailUrl: str, caption: str, mimeType: str, mimetype: str,
});

export const ZZapiReceivedCallback = z.looseObject({
  type: z.literal("ReceivedCallback"),
  instanceId: z.string(),
  /** Absent on some account notifications (PROFILE_NAME_UPDATED, …). */
  messageId: str,
  /** The chat, not necessarily the sender. */
  phone: z.string(),
  connectedPhone: str,
  fromMe: z.boolean().default(false),
  fromApi: bool,
  momment: ZZapiMoment.nullish(),
  /** One old doc example spells it like this. */
  moment: ZZapiMoment.nullish(),
  /** Not a delivery status (docs/zapi/EDGE_CASES.md 30): kept as free text. */
  status: str,
  isGroup: bool,
  isNewsletter: bool,
  broadcast: bool,
  chatName: str,
  senderName: str,
  photo: str,
  senderPhoto: str,
  chatLid: str,
  senderLid: str,
  participantPhone: str,
  participantLid: str,
  waitingMessage: bool,
  isEdit: bool,
  editMessageId: str,
  isStatusReply: bool,
  referenceMessageId: str,
  forwarded: bool,
  messageExpirationSeconds: num,
  viewOnce: bool,
  expiresAt: z.unknown().optional(),
  externalAdReply: z.looseObject({}).nullish(),
  notification: str,
  /** Strings usually, objects for CHAT_LABEL_ASSOCIATION (docs/zapi/EDGE_CASES.md 27). */
  notificationParameters: z.array(z.unknown()).nullish(),
  callId: str,
  code: str,
  callDirection: str,
  isVideo: bool,
  requestMethod: str,
  linkMode: str,
  profileName: str,
  updatedPhoto: str,
  broadcastRecipients: z.array(z.string()).nullish(),

  text: ZZapiText.optional(),
  image: ZZapiImage.optional(),
  audio: ZZapiAudio.optional(),
  video: ZZapiVideo.optional(),
  ptv: ZZapiPtv.optional(),
  document: ZZapiDocument.optional(),
  sticker: ZZapiSticker.optional(),
  location: ZZapiLocation.optional(),
  liveLocation: ZZapiLiveLocation.optional(),
  contact: ZZapiContact.optional(),
  reaction: ZZapiReaction.optional(),
  buttonsResponseMessage: ZZapiButtonsResponse.optional(),
  listResponseMessage: ZZapiListResponse.optional(),
  buttonsMessage: ZZapiButtonsMessage.optional(),
  hydratedTemplate: ZZapiHydratedTemplate.optional(),
  carouselMessage: ZZapiCarousel.optional(),
  pixKeyMessage: ZZapiPixKey.optional(),
  poll: ZZapiPoll.optional(),
  pollVote: ZZapiPollVote.optional(),
  product: ZZapiProduct.optional(),
  order: ZZapiOrder.optional(),
  reviewAndPay: ZZapiReviewOrder.optional(),
  reviewOrder: ZZapiReviewOrder.optional(),
  requestPayment: ZZapiRequestPayment.optional(),
  sendPayment: ZZapiSendPayment.optional(),
  event: ZZapiEvent.optional(),
  eventResponse: ZZapiEventResponse.optional(),
  pinMessage: ZZapiPinMessage.optional(),
  newsletterAdminInvite: ZZapiNewsletterAdminInvite.optional(),
  statusImage: ZZapiStatusMedia.optional(),
  statusVideo: ZZapiStatusMedia.optional(),
  statusAudio: ZZapiStatusMedia.optional(),
});

// ---------- other kinds (docs/zapi/SPEC.md §4, §5, §7) ----------

export const ZZapiDeliveryCallback = z.looseObject({
  type: z.literal("DeliveryCallback"),
  instanceId: z.string(),
  phone: z.string(),
  messageId: z.string(),
  zaapId: str,
  /** Absent in the older documented shape. */
  momment: ZZapiMoment.nullish(),
  moment: ZZapiMoment.nullish(),
  /** Present only on failure. */
  error: str,
  errorCode: str,
});

export const ZZapiMessageStatusCallback = z.looseObject({
  type: z.literal("MessageStatusCallback"),
  instanceId: z.string(),
  /** SENT | RECEIVED | READ | PLAYED | READ_BY_ME | READ-SELF | future values (docs/zapi/EDGE_CASES.md 32). */
  status: z.string(),
  ids: z.array(z.string()),
  momment: ZZapiMoment.nullish(),
  moment: ZZapiMoment.nullish(),
  phone: z.string(),
  isGroup: bool,
  phoneDevice: num,
  participant: str,
  participantDevice: num,
});

export const ZZapiDisconnectedCallback = z.looseObject({
  type: z.literal("DisconnectedCallback"),
  instanceId: z.string(),
  /** Seconds in the doc example (docs/zapi/EDGE_CASES.md 10). */
  momment: ZZapiMoment.nullish(),
  moment: ZZapiMoment.nullish(),
  error: str,
  disconnected: bool,
});

export const ZZapiConnectedCallback = z.looseObject({
  type: z.literal("ConnectedCallback"),
  instanceId: z.string(),
  connected: bool,
  phone: str,
  momment: ZZapiMoment.nullish(),
  moment: ZZapiMoment.nullish(),
  isBusiness: bool,
});

export const ZZapiPresenceChatCallback = z.looseObject({
  type: z.literal("PresenceChatCallback"),
  instanceId: z.string(),
  phone: z.string(),
  /** AVAILABLE | UNAVAILABLE | COMPOSING | RECORDING | PAUSED, kept open. */
  status: z.string(),
  lastSeen: ZZapiMoment.nullish(),
});

export const ZZapiProxyCallback = z.looseObject({
  type: z.literal("ProxyCallback"),
  instanceId: z.string(),
  error: str,
});

export const ZZapiWebhook = z.discriminatedUnion("type", [
  ZZapiReceivedCallback,
  ZZapiDeliveryCallback,
  ZZapiMessageStatusCallback,
  ZZapiDisconnectedCallback,
  ZZapiConnectedCallback,
  ZZapiPresenceChatCallback,
  ZZapiProxyCallback,
]);

export const ZAPI_WEBHOOK_TYPES = [
  "ReceivedCallback",
  "DeliveryCallback",
  "MessageStatusCallback",
  "DisconnectedCallback",
  "ConnectedCallback",
  "PresenceChatCallback",
  "ProxyCallback",
] as const;

export type TZapiWebhook = z.infer<typeof ZZapiWebhook>;
export type TZapiWebhookType = TZapiWebhook["type"];
export type TZapiReceivedCallback = z.infer<typeof ZZapiReceivedCallback>;
export type TZapiDeliveryCallback = z.infer<typeof ZZapiDeliveryCallback>;
export type TZapiMessageStatusCallback = z.infer<typeof ZZapiMessageStatusCallback>;
export type TZapiDisconnectedCallback = z.infer<typeof ZZapiDisconnectedCallback>;
export type TZapiConnectedCallback = z.infer<typeof ZZapiConnectedCallback>;
export type TZapiPresenceChatCallback = z.infer<typeof ZZapiPresenceChatCallback>;
export type TZapiProxyCallback = z.infer<typeof ZZapiProxyCallback>;
export type TZapiReaction = z.infer<typeof ZZapiReaction>;
export type TZapiReferencedMessage = z.infer<typeof ZZapiReferencedMessage>;
