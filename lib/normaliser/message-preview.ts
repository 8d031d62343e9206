const MAX_PREVIEW = 160;

/** The one-line preview of a message in the chat list: its text, else what kind of thing it is. */
export function messagePreview(message: { kind: string; text: string | null; notification: string | null }): string {
  const text = message.text?.replace(/\s+/g, " ").trim();
  if (text) return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text;
  if (message.notification) return `[${message.notification}]`;
  return `[${message.kind}]`;
}
