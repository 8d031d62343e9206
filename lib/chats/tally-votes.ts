import type { TMessageDto } from "@/lib/schemas/dto";

function rec(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Each poll's votes among the messages held: poll message id → option name → voters. A voter's newest vote
 * replaces their earlier one (WhatsApp sends the whole new choice, an empty one to withdraw).
 */
export function tallyVotes(messages: readonly TMessageDto[]): Map<string, Map<string, number>> {
  const latest = new Map<string, { at: string; poll: string; options: string[] }>();
  for (const m of messages) {
    if (m.kind !== "pollVote") continue;
    const c = rec(m.content);
    const poll = typeof c?.pollMessageId === "string" ? c.pollMessageId : null;
    if (!poll) continue;
    const options = (Array.isArray(c?.options) ? c.options : []).flatMap((o) => {
      const name = rec(o)?.name;
      return typeof name === "string" ? [name] : [];
    });
    const voter = `${poll}\u001f${m.fromMe ? "me" : (m.senderPhone ?? m.senderName ?? m.id)}`;
    const held = latest.get(voter);
    if (!held || m.sentAt >= held.at) latest.set(voter, { at: m.sentAt, poll, options });
  }
  const tallies = new Map<string, Map<string, number>>();
  for (const { poll, options } of latest.values()) {
    const tally = tallies.get(poll) ?? new Map<string, number>();
    for (const option of options) tally.set(option, (tally.get(option) ?? 0) + 1);
    tallies.set(poll, tally);
  }
  return tallies;
}
