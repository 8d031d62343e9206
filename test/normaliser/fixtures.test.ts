import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody, domainCounts, reapply } from "./apply-helpers";
import { fixtureNames, loadFixture } from "./fixtures";

// Every fixture in the shared folder must have an entry here: a new fixture fails until someone says what
// it should produce. Each fixture runs under its own instanceId, so fixtures that share doc message ids
// (several doc examples reuse one) cannot see each other.

type TChat = "private" | "group" | "channel" | "broadcast" | "status";
type TExpect =
  | { is: "message"; kind: string; chat: TChat }
  | { is: "notification"; notification: string; chat: TChat }
  | { is: "edit"; kind: string; chat: TChat }
  | { is: "revoke" }
  | { is: "reaction"; value: string }
  | { is: "status" }
  | { is: "delivery"; status: "SENT" | "FAILED" }
  | { is: "connection"; state: "connected" | "disconnected" }
  | { is: "presence"; status: string }
  | { is: "proxy" };

const msg = (kind: string, chat: TChat = "private"): TExpect => ({ is: "message", kind, chat });
const note = (notification: string, chat: TChat = "private"): TExpect => ({ is: "notification", notification, chat });

const EXPECTED: Record<string, TExpect> = {
  "connected-captured.json": { is: "connection", state: "connected" },
  "connected.json": { is: "connection", state: "connected" },
  "delivery-error-shadow-ban.json": { is: "delivery", status: "FAILED" },
  "delivery-error.json": { is: "delivery", status: "FAILED" },
  "delivery-legacy-minimal.json": { is: "delivery", status: "SENT" },
  "delivery.json": { is: "delivery", status: "SENT" },
  "disconnected.json": { is: "connection", state: "disconnected" },
  "notification-call-accepted.json": note("CALL_ACCEPTED"),
  "notification-call-ended.json": note("CALL_ENDED"),
  "notification-call-missed-calls-plan.json": note("CALL_MISSED"),
  "notification-call-missed-video-calls-plan.json": note("CALL_MISSED"),
  "notification-call-missed-video.json": note("CALL_MISSED_VIDEO"),
  "notification-call-missed-voice.json": note("CALL_MISSED_VOICE"),
  "notification-call-received-calls-plan.json": note("CALL_RECEIVED"),
  "notification-call-received.json": note("CALL_RECEIVED"),
  "notification-call-started.json": note("CALL_STARTED"),
  "notification-call-video-captured.json": note("CALL_VIDEO"),
  "notification-call-voice-captured.json": note("CALL_VOICE"),
  "notification-call-voice-legacy.json": note("CALL_VOICE"),
  "notification-chat-label-association.json": note("CHAT_LABEL_ASSOCIATION"),
  "notification-group-link-admins-only.json": note("GROUP_MEMBER_LINK_PROPERTY_UPDATE", "group"),
  "notification-group-link-all-members.json": note("GROUP_MEMBER_LINK_PROPERTY_UPDATE", "group"),
  "notification-group-membership-request-legacy-full.json": note("MEMBERSHIP_APPROVAL_REQUEST", "group"),
  "notification-group-membership-request-non-admin-add.json": note("MEMBERSHIP_APPROVAL_REQUEST", "group"),
  "notification-group-membership-request.json": note("MEMBERSHIP_APPROVAL_REQUEST", "group"),
  "notification-group-membership-revoked.json": note("REVOKED_MEMBERSHIP_REQUESTS", "group"),
  "notification-group-participant-add-captured.json": note("GROUP_PARTICIPANT_ADD", "group"),
  "notification-group-participant-invite-captured.json": note("GROUP_PARTICIPANT_INVITE", "group"),
  "notification-group-participant-leave-captured.json": note("GROUP_PARTICIPANT_LEAVE", "group"),
  "notification-newsletter-admin-demote.json": note("NEWSLETTER_ADMIN_DEMOTE", "channel"),
  "notification-newsletter-admin-promote.json": note("NEWSLETTER_ADMIN_PROMOTE", "channel"),
  "notification-payment-request-declined.json": note("PAYMENT_ACTION_REQUEST_DECLINED"),
  "notification-profile-name-updated.json": note("PROFILE_NAME_UPDATED"),
  "notification-profile-picture-updated.json": note("PROFILE_PICTURE_UPDATED"),
  "notification-revoke-captured.json": { is: "revoke" },
  "presence-available.json": { is: "presence", status: "AVAILABLE" },
  "presence-composing.json": { is: "presence", status: "COMPOSING" },
  "presence-paused.json": { is: "presence", status: "PAUSED" },
  "presence-recording.json": { is: "presence", status: "RECORDING" },
  "presence-unavailable.json": { is: "presence", status: "UNAVAILABLE" },
  "proxy-callback.json": { is: "proxy" },
  "received-ad-reply.json": msg("text"),
  "received-audio-private-captured.json": msg("audio"),
  "received-audio.json": msg("audio"),
  "received-broadcast-list.json": msg("text", "broadcast"),
  "received-buttons-message-image.json": msg("buttonsMessage"),
  "received-buttons-message-video.json": msg("buttonsMessage"),
  "received-buttons-response.json": msg("buttonsResponseMessage"),
  "received-carousel.json": msg("carouselMessage"),
  "received-contact.json": msg("contact"),
  "received-document-group-captured.json": msg("document", "group"),
  "received-document.json": msg("document"),
  "received-event-response.json": msg("eventResponse", "group"),
  "received-event.json": msg("event", "group"),
  "received-gif-captured.json": msg("gif", "group"),
  "received-gif.json": msg("video"),
  "received-group-text-captured.json": msg("text", "group"),
  "received-group-waiting-message-captured.json": msg("waiting", "group"),
  "received-image-group-captured.json": msg("image", "group"),
  "received-image.json": msg("image"),
  "received-list-response.json": msg("listResponseMessage"),
  "received-live-location-captured.json": msg("liveLocation"),
  "received-location.json": msg("location"),
  "received-newsletter-admin-invite.json": msg("newsletterAdminInvite"),
  "received-order.json": msg("order"),
  "received-pin-message.json": msg("pinMessage"),
  "received-pix-key.json": msg("pixKeyMessage"),
  "received-poll-vote.json": msg("pollVote"),
  "received-poll.json": msg("poll"),
  "received-product.json": msg("product"),
  "received-ptv-captured.json": msg("ptv"),
  "received-ptv.json": msg("video"),
  "received-reaction-lid-captured.json": { is: "reaction", value: "🚀" },
  "received-reaction-removed-captured.json": { is: "reaction", value: "" },
  "received-reaction.json": { is: "reaction", value: "❤️" },
  "received-request-payment.json": msg("requestPayment"),
  "received-review-and-pay.json": msg("reviewAndPay"),
  "received-review-order.json": msg("reviewOrder"),
  "received-send-payment.json": msg("sendPayment"),
  "received-status-reply-audio.json": msg("text"),
  "received-status-reply-image.json": msg("text"),
  "received-status-reply-text.json": msg("text"),
  "received-status-reply-video.json": msg("text"),
  "received-sticker-captured.json": msg("sticker"),
  "received-sticker.json": msg("sticker"),
  "received-template-document.json": msg("hydratedTemplate"),
  "received-template-image.json": msg("hydratedTemplate"),
  "received-template-location.json": msg("hydratedTemplate"),
  "received-template-otp-button.json": msg("hydratedTemplate"),
  "received-template-text.json": msg("hydratedTemplate"),
  "received-template-video.json": msg("hydratedTemplate"),
  "received-text-fromme-phone-captured.json": msg("text"),
  "received-text.json": msg("text"),
  "received-video-edited-captured.json": { is: "edit", kind: "video", chat: "group" },
  "received-video.json": msg("video"),
  "received-waiting-message.json": msg("waiting"),
  "status-group-read-by-me-captured.json": { is: "status" },
  "status-group-read-captured.json": { is: "status" },
  "status-played-captured.json": { is: "status" },
  "status-played.json": { is: "status" },
  "status-read-by-me-status-broadcast-captured.json": { is: "status" },
  "status-read-by-me.json": { is: "status" },
  "status-read-multiple-ids-captured.json": { is: "status" },
  "status-read.json": { is: "status" },
  "status-received-captured.json": { is: "status" },
  "status-received.json": { is: "status" },
  "status-sent-legacy-minimal.json": { is: "status" },
  "status-sent.json": { is: "status" },
};

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const names = fixtureNames();

test("the fixtures folder is there and every entry of the table still has its file", () => {
  expect(names.length).toBeGreaterThan(100);
  expect(Object.keys(EXPECTED).filter((name) => !names.includes(name))).toEqual([]);
});

describe.each(names)("%s", (name) => {
  test("is accepted, writes the rows it means, and is a no-op the second time", async () => {
    const expected = EXPECTED[name];
    expect(expected, `no expectation for ${name}: add one to EXPECTED`).toBeDefined();
    if (!expected) return;
    const fixture = loadFixture(name);
    const instanceId = `FX-${name.replace(/\.json$/, "")}`;
    const receivedAt = new Date("2026-06-01T12:00:00.000Z");
    const first = await applyBody(db.prisma, { ...fixture, instanceId }, { receivedAt });
    // Only a proxy failure is reported on an applied event: its text is all a ProxyCallback says (docs/zapi/SPEC.md §7.4).
    expect(first.error).toBe(expected.is === "proxy" ? fixture.error : null);
    expect(first.result).toBe("ok");
    expect(first.type).toBe(fixture.type);
    expect(first.instanceId).toBe(instanceId);
    expect(first.duplicate).toBe(false);
    await expectRows(instanceId, fixture, expected);

    const before = await domainCounts(db.prisma, instanceId);
    const raw = await db.prisma.rawEvent.findUniqueOrThrow({ where: { id: first.rawId } });
    const second = await reapply(db.prisma, raw);
    expect(second.result).toBe("ok");
    expect(second.duplicate).toBe(expected.is !== "proxy");
    expect(second.changes).toEqual([]);
    expect(await domainCounts(db.prisma, instanceId)).toEqual(before);
  });
});

async function expectRows(instanceId: string, fixture: Record<string, unknown>, expected: TExpect): Promise<void> {
  const p = db.prisma;
  const counts = await domainCounts(p, instanceId);
  expect(counts.instances).toBe(1);
  const messages = await p.message.findMany({ where: { instanceId }, include: { chat: true } });
  switch (expected.is) {
    case "message":
    case "notification":
    case "edit": {
      expect(messages).toHaveLength(1);
      const [m] = messages;
      expect(m?.chat.kind).toBe(expected.chat);
      expect(m?.chat.phone).toBe(fixture.phone);
      expect(m?.fromMe).toBe(fixture.fromMe);
      if (expected.is === "notification") {
        expect(m?.kind).toBe("notification");
        expect(m?.notification).toBe(expected.notification);
        expect(m?.messageId.startsWith(`n:${expected.notification}:`)).toBe(true);
      } else {
        expect(m?.kind).toBe(expected.kind);
        expect(m?.messageId).toBe(fixture.messageId);
        expect(m?.notification).toBeNull();
        expect(m?.isStatusReply).toBe(fixture.isStatusReply === true);
        if (fixture.referenceMessageId) expect(m?.replyToMessageId).toBe(fixture.referenceMessageId);
      }
      expect(counts.edits).toBe(expected.is === "edit" ? 1 : 0);
      if (expected.is === "edit") expect(m?.editedAt).not.toBeNull();
      return;
    }
    case "revoke": {
      expect(messages).toHaveLength(1);
      expect(messages[0]?.messageId).toBe(fixture.messageId);
      expect(messages[0]?.deletedAt?.getTime()).toBe(fixture.momment);
      return;
    }
    case "reaction": {
      expect(messages).toHaveLength(0);
      const reactions = await p.reaction.findMany({ where: { instanceId } });
      expect(reactions).toHaveLength(1);
      const r = fixture.reaction as { value: string; reactionBy: string; referencedMessage: { messageId: string } };
      expect(reactions[0]).toMatchObject({ value: expected.value, reactor: r.reactionBy, targetMessageId: r.referencedMessage.messageId });
      return;
    }
    case "status": {
      const ids = fixture.ids as string[];
      const transitions = await p.statusTransition.findMany({ where: { instanceId } });
      expect(transitions).toHaveLength(ids.length);
      expect(new Set(transitions.map((t) => t.messageId))).toEqual(new Set(ids));
      for (const t of transitions) {
        expect(t.status).toBe(fixture.status);
        expect(t.participant).toBe(fixture.participant ?? "");
        expect(t.at.getTime()).toBe(fixture.momment);
      }
      expect(messages).toHaveLength(0);
      return;
    }
    case "delivery": {
      const results = await p.deliveryResult.findMany({ where: { instanceId } });
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ messageId: fixture.messageId, zaapId: fixture.zaapId, error: fixture.error ?? null, errorCode: fixture.errorCode ?? null });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ messageId: fixture.messageId, kind: "pending", fromMe: true, status: expected.status });
      return;
    }
    case "connection": {
      const events = await p.connectionEvent.findMany({ where: { instanceId } });
      expect(events).toHaveLength(1);
      expect(events[0]?.kind).toBe(expected.state);
      const instance = await p.instance.findUniqueOrThrow({ where: { id: instanceId } });
      expect(instance.state).toBe(expected.state);
      expect(instance.stateChangedAt?.getTime()).toBe(events[0]?.at.getTime());
      if (expected.state === "connected") expect(instance).toMatchObject({ phone: fixture.phone, disconnectReason: null });
      else expect(instance.disconnectReason).toBe(fixture.error);
      return;
    }
    case "presence": {
      const presences = await p.presence.findMany({ where: { chat: { instanceId } }, include: { chat: true } });
      expect(presences).toHaveLength(1);
      expect(presences[0]?.status).toBe(expected.status);
      expect(presences[0]?.chat.phone).toBe(fixture.phone);
      return;
    }
    case "proxy": {
      const { instances, ...rest } = counts;
      expect(Object.values(rest).every((n) => n === 0)).toBe(true);
      return;
    }
  }
}
