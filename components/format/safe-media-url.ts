// Message content comes from WhatsApp users: only http(s) links are ever rendered (never javascript:, data:…).

const MEDIA_KEYS = ["imageUrl", "videoUrl", "audioUrl", "documentUrl", "stickerUrl", "url"] as const;

function asHttpUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The media link of a message's `content` (the Z-API payload's `image`, `audio`, … object), if any. */
export function safeMediaUrl(content: unknown): string | null {
  if (!isRecord(content)) return null;
  const candidates = [content, ...Object.values(content).filter(isRecord)];
  for (const record of candidates) {
    for (const key of MEDIA_KEYS) {
      const url = asHttpUrl(record[key]);
      if (url) return url;
    }
  }
  return null;
}
