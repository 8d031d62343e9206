import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { createChannel } from "@/lib/alerts/create-channel";
import { listChannels } from "@/lib/alerts/list-channels";
import { ZCreateChannelInput, ZUpdatePolicyInput } from "@/lib/alerts/schemas";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { updatePolicy } from "@/lib/alerts/update-policy";
import { getIncidentDetail } from "@/lib/incidents/get-incident-detail";
import { createTestDatabase, type TestDatabase } from "../database";
import { startHttpReceiver } from "../helpers/alert-receivers";
import { fixture, receivedText } from "../helpers/webhooks";
import { applyBody } from "../normaliser/apply-helpers";

let t: TestDatabase;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
beforeAll(async () => {
  t = await createTestDatabase();
  http = await startHttpReceiver();
});
afterAll(async () => {
  await http?.close();
  await t?.drop();
});

describe("alert settings", () => {
  it("keeps secrets on the server, gives a generated webhook secret once, and tests a channel on demand", async () => {
    const input = ZCreateChannelInput.parse({ name: "Ops hook", config: { kind: "webhook", url: `${http.url}/hook/s3cr3t-path` } });
    const created = await createChannel(t.prisma, input);
    if (created === "instance_not_found") throw new Error("unexpected");
    expect(created.secret).toMatch(/^whsec_/);
    const tg = await createChannel(t.prisma, ZCreateChannelInput.parse({ name: "Telegram", config: { kind: "telegram", botToken: "999:SECRET", chatId: "-42", apiBase: http.url } }));
    const listed = JSON.stringify(await listChannels(t.prisma));
    expect(listed).not.toContain("whsec_");
    expect(listed).not.toContain("s3cr3t-path");
    expect(listed).not.toContain("999:SECRET");
    expect(listed).toContain("chat -42");

    const delivery = await sendTestAlert(t.prisma, created.item.id);
    expect(delivery).toMatchObject({ purpose: "test", status: "sent", lastError: null });
    const hook = http.received.find((r) => r.path === "/hook/s3cr3t-path");
    expect((new Webhook(created.secret ?? "").verify(hook?.body ?? "", hook?.headers as Record<string, string>) as { type: string }).type).toBe("test");

    http.failNext(401);
    const refused = await sendTestAlert(t.prisma, tg === "instance_not_found" ? "" : tg.item.id);
    expect(refused).toMatchObject({ status: "failed" });
    expect(refused?.lastError).toContain("401");
    expect((await listChannels(t.prisma)).find((c) => c.name === "Telegram")?.lastDelivery).toMatchObject({ status: "failed" });
  });

  it("refuses a channel or a policy that cannot work, with the field that is wrong", () => {
    expect(ZCreateChannelInput.safeParse({ name: "x", config: { kind: "slack", url: "javascript:alert(1)" } }).success).toBe(false);
    expect(ZCreateChannelInput.safeParse({ name: "x", config: { kind: "sms", url: "https://a.b" } }).success).toBe(false);
    const tz = ZUpdatePolicyInput.safeParse({ timeZone: "Mars/Olympus" });
    expect(tz.success).toBe(false);
    expect(tz.error?.issues[0]?.path).toEqual(["timeZone"]);
    expect(ZUpdatePolicyInput.safeParse({ quietStart: "25:00" }).success).toBe(false);
  });

  it("stores a policy per scope, and only for instances that exist", async () => {
    expect(await updatePolicy(t.prisma, "global", { delaySeconds: 120, timeZone: "America/Manaus" })).toMatchObject({ delaySeconds: 120, timeZone: "America/Manaus", reminderMinutes: null });
    expect(await updatePolicy(t.prisma, "NO-SUCH-INSTANCE", { delaySeconds: 5 })).toBe("instance_not_found");
  });

  it("lists, for an incident, the messages sent during it that never got a receipt and the chats that wrote just before", async () => {
    const instanceId = "INCIDENT1";
    const t0 = Date.now() - 3_600_000;
    await applyBody(t.prisma, receivedText({ instanceId, phone: "5511911110000", momment: t0 - 10 * 60_000, senderName: "Ana" }));
    await applyBody(t.prisma, receivedText({ instanceId, phone: "5511922220000", momment: t0 - 5 * 3_600_000 }));
    await applyBody(t.prisma, { ...fixture("disconnected.json"), instanceId, momment: t0 });
    await applyBody(t.prisma, receivedText({ instanceId, phone: "5511933330000", fromMe: true, momment: t0 + 60_000, messageId: "OUT-DURING" }));
    await applyBody(t.prisma, { ...fixture("connected.json"), instanceId, momment: t0 + 20 * 60_000 });
    const incident = await t.prisma.incident.create({ data: { instanceId, kind: "disconnected", startedAt: new Date(t0), endedAt: new Date(t0 + 20 * 60_000) } });
    const detail = await getIncidentDetail(t.prisma, incident.id);
    expect(detail?.unconfirmed.map((m) => m.messageId)).toEqual(["OUT-DURING"]);
    expect(detail?.waitingChats.map((c) => c.phone)).toEqual(["5511911110000"]);
    expect(detail?.timeline.map((e) => (e.kind === "connection" ? e.state : e.kind))).toEqual(["disconnected", "connected"]);
    expect(await getIncidentDetail(t.prisma, 987654321n)).toBeNull();
  });
});
