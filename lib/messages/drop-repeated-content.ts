import type { TMessageDto } from "@/lib/schemas/dto";

/**
 * A text message's `content` is Z-API's `text` object, `{ message }`, which repeats `text` word for word: the
 * dashboard's snapshot carried every message twice (issue 10). Dropping it there loses nothing; any other
 * content (media, location, a text with more fields) is kept as is.
 */
export function dropRepeatedContent(message: TMessageDto): TMessageDto {
  const content = message.content;
  if (message.kind !== "text" || typeof content !== "object" || content === null) return message;
  const keys = Object.keys(content);
  const repeats = keys.length === 1 && keys[0] === "message" && (content as { message: unknown }).message === message.text;
  return repeats ? { ...message, content: null } : message;
}
