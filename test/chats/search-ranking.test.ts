import { expect, test } from "vitest";
import { searchChats } from "@/lib/chats/search-chats";
import { useDatabaseWithPool } from "@/test/database";

// Ranking of lib/chats/search-chats.ts on the real database: what the reader typed, with or without accents and
// in any case, finds the same chats in the same order — the exact name first, then names that start with it,
// then a word of the name, then anywhere; equals by latest activity.

const t = useDatabaseWithPool();

async function seed(instanceId: string, names: [string, number][]): Promise<void> {
  await t.pool.query("INSERT INTO instance (id) VALUES ($1)", [instanceId]);
  for (const [n, [name, minutesAgo]] of names.entries()) {
    await t.pool.query(
      "INSERT INTO chat (instance_id, phone, kind, name, last_message_at) VALUES ($1, $2, 'private', $3, now() - make_interval(mins => $4))",
      [instanceId, `55119000${String(n).padStart(5, "0")}`, name, minutesAgo],
    );
  }
}

const names = async (q: string, instanceId: string) => (await searchChats(t.db.prisma, { q, instanceId })).chats.map((c) => c.name);

test("accented, unaccented and upper-case queries rank alike: exact, prefix, word, anywhere, then activity", async () => {
  // Newest activity first is the reverse of the ranking, so only the ranking can order them so.
  await seed("I-RANK2", [["Conceição", 9], ["Conceição Alves", 7], ["Maria Conceição", 5], ["Imaculada Conceição Sá", 4], ["SemConceicao", 1], ["Outra pessoa", 0]]);
  // The two "a word of the name" matches are equals: the newer activity (Imaculada, 4 minutes ago) first.
  const expected = ["Conceição", "Conceição Alves", "Imaculada Conceição Sá", "Maria Conceição", "SemConceicao"];
  for (const q of ["conceicao", "Conceição", "CONCEIÇÃO", "cOnCeIcAo"]) expect(await names(q, "I-RANK2"), q).toEqual(expected);
});

test("a prefix of a longer name, and several words, rank the names that start with them first", async () => {
  await seed("I-RANK3", [["José Antônio", 6], ["Antônio José", 1], ["Zé", 0], ["joselito", 3]]);
  expect(await names("jos", "I-RANK3")).toEqual(["joselito", "José Antônio", "Antônio José"]);
  expect(await names("jose antonio", "I-RANK3")).toEqual(["José Antônio"]);
  expect(await names("antonio", "I-RANK3")).toEqual(["Antônio José", "José Antônio"]);
});
