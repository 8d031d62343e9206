import { z } from "zod";

// Z-API webhook bodies as they arrive (see docs/zapi/SPEC.md). Isomorphic: no server imports.
// Every object is loose because Z-API adds keys without notice and an unknown key must never cost us an
// event; only the fields we read are typed, and those as leniently as the docs + real captures require. A
// documented field nothing reads is `unread`: any value passes, so a type drift there (the docs already
// disagree with real traffic on `pageCount`) cannot make the whole event `unrecognized`; its value stays in
// the stored content and the raw body.

/** `momment` is an integer in real traffic; some doc tables call it a string, so accept digit strings. */
export const ZZapiMoment = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)]);

const str = z.string().nullish();
const num = z.number().nullish();
const bool = z.boolean().nullish();
/** Documented, not read by type (content objects are stored as they came; lib/normaliser/content-text.ts reads them defensively). */
const unread = z.unknown().optional();

// ---------- ReceivedCallback content variants (docs/zapi/SPEC.md §6.2) ----------

// Strings unless noted.
export const ZZapiText = z.looseObject({ message: unread, description: unread, title: unread, url: unread, thumbnailUrl: unread });
/** width, height: numbers; viewOnce: boolean. */
export const ZZapiImage = z.looseObject({
  imageUrl: unread, thumbnailUrl: unread, caption: unread, mimeType: unread, width: unread, height: unread, viewOnce: unread, downloadError: unread,
});
/** ptt, viewOnce: booleans; seconds: number. */
export const ZZapiAudio = z.looseObject({ ptt: unread, seconds: unread, audioUrl: unread, mimeType: unread, viewOnce: unread });
/** `videoUrl` is null and `mimeType` "" on edits; `isGif` (boolean) only in real traffic. */
export const ZZapiVideo = z.looseObject({
  videoUrl: unread, caption: unread, mimeType: unread, width: unread, height: unread, seconds: unread, viewOnce: unread, isGif: unread,
});
export const ZZapiPtv = z.looseObject({ ptvUrl: unread, caption: unread, mimeType: unread, width: unread, height: unread });
/** The docs table says `pageCount` is a string, real traffic sends an integer. */
export const ZZapiDocument = z.looseObject({
  documentUrl: unread, mimeType: unread, title: unread, fileName: unread, pageCount: unread, caption: unread, thumbnailUrl: unread,
});
export const ZZapiSticker = z.looseObject({ stickerUrl: unread, mimeType: unread, width: unread, height: unread });
/** latitude, longitude: numbers. */
export const ZZapiLocation = z.looseObject({ latitude: unread, longitude: unread, address: unread, url: unread, name: unread, thumbnailUrl: unread });
export const ZZapiLiveLocation = z.looseObject({ latitude: unread, longitude: unread, caption: unread, sequence: unread });
/** phones: string[]. */
export const ZZapiContact = z.looseObject({ displayName: unread, vCard: unread, phones: unread });

export const ZZapiReferencedMessage = z.looseObject({
  messageId: z.string(), fromMe: bool, phone: str, participant: str,
});
/** `value: ""` means the reaction was removed; `reactionBy` may be bare LID digits. */
export const ZZapiReaction = z.looseObject({
  value: z.string(), time: ZZapiMoment.nullish(), reactionBy: str, referencedMessage: ZZapiReferencedMessage,
});
export const ZZapiButtonsResponse = z.looseObject({ buttonId: unread, message: unread });
export const ZZapiListResponse = z.looseObject({ message: unread, title: unread, selectedRowId: unread });
/** buttons: array. */
export const ZZapiButtonsMessage = z.looseObject({ imageUrl: unread, videoUrl: unread, message: unread, buttons: unread });
/** header: object; hydratedButtons: array. */
export const ZZapiHydratedTemplate = z.looseObject({
  header: unread, message: unread, footer: unread, title: unread, templateId: unread, hydratedButtons: unread,
});
/** cards: array. */
export const ZZapiCarousel = z.looseObject({ text: unread, cards: unread });
export const ZZapiPixKey = z.looseObject({ currency: unread, referenceId: unread, key: unread, keyType: unread, merchantName: unread });
/** pollMaxOptions: number; options: `{ name }[]`. */
export const ZZapiPoll = z.looseObject({ question: unread, pollMaxOptions: unread, options: unread });
export const ZZapiPollVote = z.looseObject({ pollMessageId: unread, options: unread });
/** price: number. */
export const ZZapiProduct = z.looseObject({ title: unread, description: unread, productId: unread, price: unread, currencyCode: unread });
/** products: array. */
export const ZZapiOrder = z.looseObject({ orderId: unread, message: unread, orderTitle: unread, products: unread });
export const ZZapiReviewOrder = z.looseObject({ referenceId: unread, orderStatus: unread, paymentStatus: unread, products: unread });
/** value, expiration: numbers. */
export const ZZapiRequestPayment = z.looseObject({ value: unread, currencyCode: unread, expiration: unread, requestPhone: unread });
export const ZZapiSendPayment = z.looseObject({ paymentInfo: unread });
/** canceled: boolean; `scheduleTime` is a number in seconds (docs/zapi/EDGE_CASES.md 11). */
export const ZZapiEvent = z.looseObject({ name: unread, description: unread, canceled: unread, joinLink: unread, scheduleTime: unread });
/** time: number. */
export const ZZapiEventResponse = z.looseObject({ response: unread, responseFrom: unread, time: unread, referencedMessage: unread });
/** pinDurationInSecs: number. */
export const ZZapiPinMessage = z.looseObject({ action: unread, pinDurationInSecs: unread, referencedMessage: unread });
/** inviteExpiration: number. */
export const ZZapiNewsletterAdminInvite = z.looseObject({ newsletterId: unread, newsletterName: unread, text: unread, inviteExpiration: unread });
/** Status-reply companions: they come together with `text` (docs/zapi/EDGE_CASES.md 26); old docs spell `mimetype`. */
export const ZZapiStatusMedia = z.looseObject({
  imageUrl: unread, videoUrl: unread, audioUrl: unread, thumbnailUrl: unread, caption: unread, mimeType: unread, mimetype: unread,
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
  /** Not a delivery status (docs/zapi/EDGE_CASES.md 30): a string, not read. */
  status: unread,
  isGroup: bool,
  isNewsletter: bool,
  /** boolean */
  broadcast: unread,
  chatName: str,
  senderName: str,
  photo: str,
  senderPhoto: unread,
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
  /** number */
  messageExpirationSeconds: unread,
  /** boolean */
  viewOnce: unread,
  expiresAt: unread,
  /** An object (ad attribution). */
  externalAdReply: unread,
  notification: str,
  // What a notification row keeps, copied as they came (lib/normaliser/extract-content.ts). Strings, except:
  /** An array: strings usually, objects for CHAT_LABEL_ASSOCIATION (docs/zapi/EDGE_CASES.md 27). */
  notificationParameters: unread,
  callId: unread,
  code: unread,
  callDirection: unread,
  /** boolean */
  isVideo: unread,
  requestMethod: unread,
  linkMode: unread,
  profileName: unread,
  updatedPhoto: unread,
  /** string[] */
  broadcastRecipients: unread,

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
  /** boolean */
  isGroup: unread,
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
  /** boolean */
  disconnected: unread,
});

export const ZZapiConnectedCallback = z.looseObject({
  type: z.literal("ConnectedCallback"),
  instanceId: z.string(),
  /** boolean */
  connected: unread,
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
