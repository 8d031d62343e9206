import { afterAll, beforeAll, expect, test } from "vitest";
import { parseWebhookBody } from "@/lib/normaliser/parse-webhook-body";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "./apply-helpers";
import { newInstanceId, status, text } from "./bodies";
import { loadFixture } from "./fixtures";

// Lenient where it costs nothing (issue 6 §3): the docs' other spelling of a type, a field nothing reads
// arriving with another type, and a ProxyCallback's error text, which is all it says.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test("ReceivedCallBack (the docs' tables) and other case variants are the known types", async () => {
  for (const spelling of ["ReceivedCallBack", "receivedcallback", "RECEIVEDCALLBACK"]) {
    const inst = newInstanceId();
    const r = await applyBody(db.prisma, { ...text(inst, `SPELL-${spelling}`, "hi"), type: spelling });
    expect(r).toMatchObject({ result: "ok", type: "ReceivedCallback", error: null });
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(1);
  }
  expect(parseWebhookBody(JSON.stringify({ type: "messagestatuscallback", ...status("X", "READ", ["A"]) }), "utf8").result).toBe("ok");
});

test("fields nothing reads may arrive with any type; the value is kept in the message's content", async () => {
  const inst = newInstanceId();
  const image = { ...(loadFixture("received-image.json").image as object), width: "640", height: null, viewOnce: "no" };
  const r = await applyBody(db.prisma, {
    ...text(inst, "LENIENT-1", "x"), text: undefined, image,
    broadcastRecipients: "everyone", messageExpirationSeconds: "0", externalAdReply: "an ad", viewOnce: 1, status: 7,
  });
  expect(r.result, r.error ?? "").toBe("ok");
  const row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst } });
  expect(row.kind).toBe("image");
  expect(row.content).toMatchObject({ width: "640", viewOnce: "no" });

  for (const [key, value] of [["contact", { displayName: "Ana", phones: "5511" }], ["product", { title: "T", price: "9.90" }], ["location", { latitude: "-23.5", name: "Here" }]] as const) {
    const parsed = parseWebhookBody(JSON.stringify({ ...text("X", `L-${key}`, "x"), text: undefined, [key]: value }), "utf8");
    expect(parsed.result, parsed.result === "ok" ? key : parsed.error).toBe("ok");
  }
  const statusDrift = parseWebhookBody(JSON.stringify({ ...status("X", "READ", ["A"]), isGroup: "false" }), "utf8");
  expect(statusDrift.result).toBe("ok");
});

test("a field that is read still has to have its type", () => {
  expect(parseWebhookBody(JSON.stringify({ ...text("X", "R", "x"), fromMe: "yes" }), "utf8").result).toBe("unrecognized");
  expect(parseWebhookBody(JSON.stringify({ ...status("X", "READ", ["A"]), ids: "A" }), "utf8").result).toBe("unrecognized");
});

test("a ProxyCallback's error is kept on its logged event; one without an error has none", async () => {
  const inst = newInstanceId();
  const failed = await applyBody(db.prisma, { type: "ProxyCallback", instanceId: inst, error: "proxy failed 3 times, connected without it" });
  expect(failed).toMatchObject({ result: "ok", error: "proxy failed 3 times, connected without it" });
  const fine = await applyBody(db.prisma, { type: "ProxyCallback", instanceId: inst, error: "" });
  expect(fine).toMatchObject({ result: "ok", error: null });
});
