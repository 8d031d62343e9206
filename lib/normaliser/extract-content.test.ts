import { expect, test } from "vitest";
import { ZZapiReceivedCallback, type TZapiReceivedCallback } from "@/lib/schemas/zapi";
import { fixtureNames, loadFixture } from "@/test/normaliser/fixtures";
import { extractContent } from "./extract-content";

const received = fixtureNames().filter((n) => n.startsWith("received-"));

function parse(body: unknown): TZapiReceivedCallback {
  return ZZapiReceivedCallback.parse(body);
}

test("there are received fixtures to check", () => {
  expect(received.length).toBeGreaterThan(50);
});

// Only the two waiting placeholders have no content; every other received fixture is a known kind.
test.each(received)("%s yields a known content kind", (name) => {
  const { kind } = extractContent(parse(loadFixture(name)));
  expect(kind).not.toBe("unknown");
  expect(kind).not.toBe("notification");
  if (name.includes("waiting")) expect(kind).toBe("waiting");
  else expect(kind).not.toBe("waiting");
});

test.each(fixtureNames().filter((n) => n.startsWith("notification-")))("%s is a notification", (name) => {
  const extracted = extractContent(parse(loadFixture(name)));
  expect(extracted.kind).toBe("notification");
  expect(extracted.text).toBeNull();
});

test.each([
  ["received-text.json", "text", "test"],
  ["received-image.json", "image", null],
  ["received-gif-captured.json", "gif", null],
  ["received-gif.json", "video", null],
  ["received-ptv-captured.json", "ptv", null],
  ["received-ptv.json", "video", null],
  ["received-document-group-captured.json", "document", "legenda do documento"],
  ["received-document.json", "document", "name.pdf"],
  ["received-live-location-captured.json", "liveLocation", null],
  ["received-poll.json", "poll", "Qual a melhor API de WhatsApp?"],
  ["received-poll-vote.json", "pollVote", "Z-API"],
  ["received-template-text.json", "hydratedTemplate", "message title\nmessage text\nmessage footer"],
  ["received-contact.json", "contact", "Cesar Baleco"],
  ["received-video-edited-captured.json", "video", "legenda corrigida (editada)"],
])("%s → kind %s, text %s", (name, kind, text) => {
  const extracted = extractContent(parse(loadFixture(name)));
  expect(extracted.kind).toBe(kind);
  expect(extracted.text).toBe(text);
});

test("a status reply keeps its text and the status media it answers", () => {
  const extracted = extractContent(parse(loadFixture("received-status-reply-image.json")));
  expect(extracted.kind).toBe("text");
  expect(extracted.text).toBe("test");
  expect(extracted.content).toMatchObject({ message: "test", statusImage: { caption: "teste", mimeType: "image/jpeg" } });
});

test("notification parameters that are objects are kept as JSON", () => {
  const extracted = extractContent(parse(loadFixture("notification-chat-label-association.json")));
  expect(extracted.content).toEqual({
    notificationParameters: [{ phone: "5544977777777", label: "1", assigned: true }, { phone: "5544988888888", label: "2", assigned: false }],
  });
});

test("notification is checked before content keys", () => {
  const body = { ...loadFixture("received-text.json"), notification: "E2E_ENCRYPTED", notificationParameters: [] };
  expect(extractContent(parse(body)).kind).toBe("notification");
});

test("an unknown content key becomes kind unknown with the raw object kept", () => {
  const { text: _text, ...rest } = loadFixture("received-text.json");
  const extracted = extractContent(parse({ ...rest, hologramMessage: { beam: 3 } }));
  expect(extracted).toEqual({ kind: "unknown", text: null, content: { hologramMessage: { beam: 3 } } });
});

test("a waiting placeholder that carries content is that content", () => {
  const body = { ...loadFixture("received-text.json"), waitingMessage: true };
  expect(extractContent(parse(body)).kind).toBe("text");
});

test("externalAdReply next to text is not a second content kind", () => {
  const extracted = extractContent(parse(loadFixture("received-ad-reply.json")));
  expect(extracted.kind).toBe("text");
  expect(Object.keys(extracted.content ?? {}).some((k) => k.startsWith("_"))).toBe(false);
});
