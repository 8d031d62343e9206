import { z } from "zod";

/** What Vigia's service worker (public/sw.js) reads from a push: it shows `title`/`body` and opens `url` on click. */
export const ZPushPayload = z.object({ title: z.string(), body: z.string(), url: z.string(), tag: z.string() });
export type TPushPayload = z.infer<typeof ZPushPayload>;

/** Push services take at most 4096 bytes of encrypted payload (RFC 8030 §7.2): the text is cut well below that. */
export const MAX_BODY_CHARS = 1500;
