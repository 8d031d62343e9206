/** A user's last opening of a chat in Vigia, and the chat's (phone's) unread count at that moment. */
export type TOpenedMark = { chatId: string; openedAt: string; unreadBase: number };

/**
 * The unread badge one user sees: the phone's count (lib/normaliser/unread-rule.ts) minus what was already
 * unread when they last opened the chat. Nothing since the opening: zero. Once the phone's count fell below the
 * base (read or answered on the phone since), every unread message is newer than that: the phone's count.
 * Pure; the server's lists and the browser's live list use it alike.
 */
export function unreadForViewer(chat: { unreadCount: number; lastMessageAt: string | null }, mark: TOpenedMark | undefined): number {
  if (!mark) return chat.unreadCount;
  if (chat.lastMessageAt === null || Date.parse(chat.lastMessageAt) <= Date.parse(mark.openedAt)) return 0;
  return chat.unreadCount >= mark.unreadBase ? chat.unreadCount - mark.unreadBase : chat.unreadCount;
}
