/**
 * The disconnect reasons Z-API is known to send (the `error` of a DisconnectedCallback, docs/zapi/SPEC.md
 * §7.1), in English as Z-API writes them, each with the message key of its translation
 * (`disconnectReason.known.<key>`). Any other text is shown as Z-API's own words, said to be theirs.
 */
const KNOWN = {
  "device has been disconnected": "deviceDisconnected",
} as const satisfies Record<string, string>;

export type TKnownDisconnectReason = (typeof KNOWN)[keyof typeof KNOWN];

/** The translation key of a reason Vigia knows, else null. Case and outer spaces do not matter. */
export function knownDisconnectReason(reason: string): TKnownDisconnectReason | null {
  return (KNOWN as Record<string, TKnownDisconnectReason>)[reason.trim().toLowerCase()] ?? null;
}
