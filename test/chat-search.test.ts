import { expect, test } from "vitest";
import { searchChats } from "@/lib/chats/search-chats";
import { useDatabaseWithPool } from "./database";

// Search over chat names, numbers and message text in Postgres (lib/chats/search-chats.ts, migration
// 20261202042000_chat_search): accent- and case-insensitive, numbers in any usual spelling, ranked.

const t = useDatabaseWithPool();

async function seed(instanceId: string): Promise<Record<string, string>> {
  const { pool } = t;
  await pool.query("INSERT INTO instance (id) VALUES ($1)", [instanceId]);
  const chats: [string, string, string, number][] = [
    ["Ana DeJoão", "5511911110001", "private", 0],
    ["João", "5511911110002", "private", 2],
    ["Maria João Silva", "5511911110003", "private", 3],
    ["JOÃO PEDRO", "5511911110004", "private", 1],
    ["Grupo da Conceição", "120363000000000001-group", "group", 4],
    [null as unknown as string, "5521987654321", "private", 6],
    [null as unknown as string, "554499887766", "private", 7],
  ];
  const ids: Record<string, string> = {};
  for (const [name, phone, kind, minutesAgo] of chats) {
    const { rows } = await pool.query<{ id: string }>(
      "INSERT INTO chat (instance_id, phone, kind, name, last_message_at) VALUES ($1, $2, $3, $4, now() - make_interval(mins => $5)) RETURNING id",
      [instanceId, phone, kind, name, minutesAgo],
    );
    ids[name ?? phone] = rows[0]?.id ?? "";
  }
  const message = (chat: string, id: string, text: string, minutesAgo: number) =>
    pool.query("INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, text, sent_at) VALUES ($1, $2, $3, false, 'text', $4, now() - make_interval(mins => $5))", [
      instanceId, id, ids[chat], text, minutesAgo,
    ]);
  await message("Grupo da Conceição", "M1", "A reunião é amanhã às 15h na ESTAÇÃO", 10);
  await message("Grupo da Conceição", "M2", "estacao fechada hoje", 5);
  await message("Ana DeJoão", "M3", "100% de desconto_total", 3);
  return ids;
}

// The most recent activity is the other way round (Ana newest, João before JOÃO PEDRO): only the ranking orders them so.
test("names: accents and case do not matter, and the exact name ranks first, then prefixes, then words, then anywhere", async () => {
  const ids = await seed("I-RANK");
  const { chats } = await searchChats(t.db.prisma, { q: "joao", instanceId: "I-RANK" });
  expect(chats.map((c) => c.name)).toEqual(["João", "JOÃO PEDRO", "Maria João Silva", "Ana DeJoão"]);
  expect((await searchChats(t.db.prisma, { q: "CONCEICAO", instanceId: "I-RANK" })).chats.map((c) => c.id)).toEqual([ids["Grupo da Conceição"]]);
  // A filter narrows, an instance scopes.
  expect((await searchChats(t.db.prisma, { q: "o", instanceId: "I-RANK", filter: "groups" })).chats.map((c) => c.kind)).toEqual(["group"]);
  expect((await searchChats(t.db.prisma, { q: "joao", instanceId: "I-OTHER" })).chats).toEqual([]);
});

test("numbers match with or without +55, spaces, dashes and the ninth digit", async () => {
  const ids = await seed("I-PHONE");
  for (const q of ["+55 21 98765-4321", "21987654321", "2187654321", "(21) 8765-4321", "4321"]) {
    expect((await searchChats(t.db.prisma, { q, instanceId: "I-PHONE" })).chats.map((c) => c.id), q).toContain(ids["5521987654321"]);
  }
  // Stored without the ninth digit, typed with it.
  expect((await searchChats(t.db.prisma, { q: "44 9 9988-7766", instanceId: "I-PHONE" })).chats.map((c) => c.id)).toEqual([ids["554499887766"]]);
});

test("message text: accent-insensitive, newest first, with LIKE's wildcards taken literally", async () => {
  await seed("I-TEXT");
  const { messages, messageChats } = await searchChats(t.db.prisma, { q: "estação", instanceId: "I-TEXT" });
  expect(messages.map((m) => m.messageId)).toEqual(["M2", "M1"]);
  expect(messageChats.map((c) => c.name)).toEqual(["Grupo da Conceição"]);
  expect((await searchChats(t.db.prisma, { q: "100%", instanceId: "I-TEXT" })).messages.map((m) => m.messageId)).toEqual(["M3"]);
  expect((await searchChats(t.db.prisma, { q: "0_t", instanceId: "I-TEXT" })).messages).toEqual([]);
  expect((await searchChats(t.db.prisma, { q: "o_t", instanceId: "I-TEXT" })).messages.map((m) => m.messageId)).toEqual(["M3"]);
});

test("the trigram indexes exist where pg_trgm does; without unaccent and the indexes the same search still answers", async () => {
  const { rows } = await t.pool.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm' ORDER BY 1");
  expect(rows.map((r) => r.indexname)).toEqual(["chat_name_fold_trgm", "chat_phone_trgm", "message_text_fold_trgm"]);
  await seed("I-PLAIN");
  // What the migration leaves on a server without the extensions: the translate() fold and no indexes.
  await t.pool.query("DROP INDEX chat_name_fold_trgm, chat_phone_trgm, message_text_fold_trgm");
  await t.pool.query(
    "CREATE OR REPLACE FUNCTION vigia_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $f$ SELECT translate(lower($1), 'áàâãäåéèêëíìîïóòôõöúùûüçñýÿ', 'aaaaaaeeeeiiiiooooouuuucnyy') $f$",
  );
  expect((await searchChats(t.db.prisma, { q: "joao", instanceId: "I-PLAIN" })).chats.map((c) => c.name)).toEqual(["João", "JOÃO PEDRO", "Maria João Silva", "Ana DeJoão"]);
  expect((await searchChats(t.db.prisma, { q: "ESTACAO", instanceId: "I-PLAIN" })).messages).toHaveLength(2);
});

test("start-up says when the search runs on its fallback", async () => {
  const { checkSearchSupport } = await import("@/lib/chats/check-search-support");
  expect(await checkSearchSupport(t.db.prisma)).toBeNull();
  await t.pool.query("DROP EXTENSION pg_trgm CASCADE");
  expect(await checkSearchSupport(t.db.prisma)).toMatch(/no pg_trgm.*without trigram indexes/);
});
