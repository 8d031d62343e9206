/**
 * The DeliveryCallback failures Vigia knows (its `error` text and `errorCode`, docs/zapi/SPEC.md §4), each with
 * the message key of its words (`failureReason.known.<key>`). The code decides first; any other text is shown
 * as Z-API's own words, said to be theirs (as components/format/disconnect-reason.tsx does for disconnects).
 */
const BY_CODE = {
  SHADOW_BAN: "shadowBan",
} as const satisfies Record<string, string>;

const BY_TEXT = {
  "phone number does not exist": "phoneNotFound",
  "the message was not sent due to a likely shadow ban": "shadowBan",
} as const satisfies Record<string, string>;

export type TKnownDeliveryError = (typeof BY_CODE)[keyof typeof BY_CODE] | (typeof BY_TEXT)[keyof typeof BY_TEXT];

/** The translation key of a failure Vigia knows, else null. Case and outer spaces of the text do not matter. */
export function knownDeliveryError(error: string | null, errorCode: string | null): TKnownDeliveryError | null {
  const byCode = errorCode ? (BY_CODE as Record<string, TKnownDeliveryError>)[errorCode.trim().toUpperCase()] : undefined;
  if (byCode) return byCode;
  return error ? ((BY_TEXT as Record<string, TKnownDeliveryError>)[error.trim().toLowerCase()] ?? null) : null;
}
