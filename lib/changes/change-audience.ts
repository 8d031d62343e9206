import type { TChangeDto } from "@/lib/schemas/dto";

/**
 * Who may be sent a change: one user's id for a change about that user alone, null for every signed-in
 * client. A `chat:opened` (lib/chats/mark-chat-opened.ts) tells which chats a user reads and when: it goes to
 * that user's own tabs and devices, never to anyone else's socket, live or in a replay
 * (lib/changes/change-hub.ts filters both alike, since a replay is the same read from an older cursor).
 */
export function audienceOf(change: TChangeDto): string | null {
  return change.kind === "chat:opened" ? change.payload.userId : null;
}

/**
 * Splits a page by who may see it: `for(userId)` is the page as that user's sockets get it (the page itself
 * when nothing in it is private, so the common case copies nothing). A socket with no user (the deployment's
 * VIGIA_API_TOKEN, an API token without an owner) gets only what is for everyone.
 */
export function audienceView(changes: TChangeDto[]): { for(userId: string | null): TChangeDto[] } {
  if (!changes.some((c) => audienceOf(c) !== null)) return { for: () => changes };
  const views = new Map<string | null, TChangeDto[]>();
  return {
    for(userId) {
      let view = views.get(userId);
      if (!view) {
        view = changes.filter((c) => {
          const audience = audienceOf(c);
          return audience === null || audience === userId;
        });
        views.set(userId, view);
      }
      return view;
    },
  };
}
