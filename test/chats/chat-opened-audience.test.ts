import { beforeAll, expect, test } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { TChangeDto } from "@/lib/schemas/dto";
import { logInOverApi } from "../helpers/log-in";
import { connectClient, type TestClient } from "../helpers/socket-client";
import { useServer } from "../helpers/use-server";
import { postWebhook, receivedText, waitForNormalised } from "../helpers/webhooks";

// A `chat:opened` (lib/chats/mark-chat-opened.ts) says which chats a user reads, and when: the server sends it
// to that user's own sockets (their other tabs and devices, whose badges it clears) and to no one else's, live
// and in the replay after a reconnect (lib/changes/change-audience.ts, lib/changes/change-hub.ts).

const server = useServer();
const PASSWORD = "correct horse battery staple";
const users = { ana: "ana@example.test", bia: "bia@example.test" } as const;
let chatId = "";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const email of Object.values(users)) await server.db.prisma.user.create({ data: { email, passwordHash, role: "viewer" } });
  const body = receivedText();
  expect((await postWebhook(server.srv.url, server.srv.secret, body)).status).toBe(200);
  await waitForNormalised(server.db.prisma);
  chatId = (await server.db.prisma.chat.findFirstOrThrow({ select: { id: true } })).id;
});

/** A browser of that user: its own login (another device), its socket on the session cookie. */
async function device(who: keyof typeof users, lastSeq?: number): Promise<{ cookie: string; socket: TestClient }> {
  const cookie = await logInOverApi(server.srv.url, PASSWORD, users[who]);
  const socket = await connectClient(server.srv.url, lastSeq === undefined ? {} : { lastSeq }, { cookie });
  await socket.synced;
  return { cookie, socket };
}

async function openChat(cookie: string): Promise<void> {
  const res = await fetch(`${server.srv.url}/api/chats/${chatId}/opened`, { method: "POST", headers: { cookie, accept: "application/json" } });
  expect(res.status).toBe(200);
}

const openedBy = (userId: string) => (c: TChangeDto) => c.kind === "chat:opened" && c.payload.userId === userId && c.payload.chatId === chatId;

/** Posts a message and waits until every socket has it: delivery is in seq order, so anything before it has come too. */
async function sentinel(sockets: TestClient[]): Promise<number> {
  const body = receivedText();
  await postWebhook(server.srv.url, server.srv.secret, body);
  const got = await Promise.all(
    sockets.map((s) => s.waitFor((c) => c.kind === "message:upserted" && c.payload.messageId === body.messageId)),
  );
  return got[0]?.seq ?? 0;
}

/** Every change in the table after `after`, up to `upTo`, but those meant for another user than `userId`. */
async function expectedFor(userId: string | null, after: number, upTo: number): Promise<number[]> {
  const rows = await server.db.prisma.change.findMany({ where: { seq: { gt: BigInt(after), lte: BigInt(upTo) } }, orderBy: { seq: "asc" } });
  return rows.filter((r) => r.kind !== "chat:opened" || (r.payload as { userId?: string }).userId === userId).map((r) => Number(r.seq));
}

test("user A's other device receives A's chat:opened; user B's socket and an API token's receive nothing of it, live and on replay", async () => {
  const idOf = async (who: keyof typeof users) => (await server.db.prisma.user.findUniqueOrThrow({ where: { email: users[who] } })).id;
  const [ana, bia] = [await idOf("ana"), await idOf("bia")];
  const anaPhone = await device("ana");
  const anaLaptop = await device("ana");
  const biaPhone = await device("bia");
  const token = await connectClient(server.srv.url, { token: server.srv.apiToken });
  const head = await token.synced;

  // Live: A opens the chat on the phone; the laptop hears of it, B and the token do not.
  await openChat(anaPhone.cookie);
  const heard = await anaLaptop.socket.waitFor(openedBy(ana));
  expect(heard.payload).toMatchObject({ chatId, unreadBase: expect.any(Number) as number });
  const upTo = await sentinel([anaPhone.socket, anaLaptop.socket, biaPhone.socket, token]);
  expect(anaPhone.socket.changes.some(openedBy(ana))).toBe(true);
  expect(biaPhone.socket.changes.filter((c) => c.kind === "chat:opened")).toEqual([]);
  expect(token.changes.filter((c) => c.kind === "chat:opened")).toEqual([]);
  // Nothing else is held back from B: every other change of the table, in order, once.
  const got = (s: TestClient, after: number, upTo: number) => s.changes.map((c) => c.seq).filter((seq) => seq > after && seq <= upTo);
  expect(got(biaPhone.socket, head, upTo)).toEqual(await expectedFor(bia, head, upTo));
  expect(got(anaLaptop.socket, head, upTo)).toEqual(await expectedFor(ana, head, upTo));

  // Replay: the laptop and B's phone go away; A opens again elsewhere and B opens the chat too, then both come back.
  const lastSeq = upTo;
  anaLaptop.socket.close();
  biaPhone.socket.close();
  await openChat(anaPhone.cookie);
  await openChat(biaPhone.cookie);
  const replayUpTo = await sentinel([anaPhone.socket, token]);
  const laptopAgain = await connectClient(server.srv.url, { lastSeq }, { cookie: anaLaptop.cookie });
  const biaAgain = await connectClient(server.srv.url, { lastSeq }, { cookie: biaPhone.cookie });
  await Promise.all([laptopAgain.synced, biaAgain.synced]);
  expect(got(laptopAgain, lastSeq, replayUpTo)).toEqual(await expectedFor(ana, lastSeq, replayUpTo));
  expect(got(biaAgain, lastSeq, replayUpTo)).toEqual(await expectedFor(bia, lastSeq, replayUpTo));
  expect(laptopAgain.changes.filter(openedBy(ana))).toHaveLength(1);
  expect(laptopAgain.changes.some(openedBy(bia))).toBe(false);
  expect(biaAgain.changes.filter(openedBy(bia))).toHaveLength(1);
  expect(biaAgain.changes.some(openedBy(ana))).toBe(false);
  // And the token, live all along, saw neither user's reading.
  expect(token.changes.filter((c) => c.kind === "chat:opened")).toEqual([]);

  for (const s of [anaPhone.socket, laptopAgain, biaAgain, token]) s.close();
});
