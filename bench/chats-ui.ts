// npm run bench:chats [-- --chats 10000 --messages 1000000 --big 100000 --runs 30]
// Does the chat screen's cost grow with the data? Two fresh databases on one embedded PostgreSQL (or
// DATABASE_URL's server): a large one seeded with set-based SQL (generate_series, not the webhook endpoint, so
// seeding takes minutes: `--chats` chats, `--messages` messages, one chat holding `--big` of them) and a small
// one with 100 chats and 100 messages. On each, the same server-side reads the pages and their API routes make
// (app/(dashboard)/chats/layout.tsx, app/(dashboard)/chats/[chatId]/page.tsx, app/api/chats/search/route.ts):
// the chat list's first page, opening the biggest chat (its newest page with reactions), and a search.
// Runs alternate large and small so machine noise hits both alike; prints medians and large/small ratios (aim
// < 1.5), never a pass/fail on time.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { listChatPage } from "@/lib/chats/list-chat-page";
import { searchChats } from "@/lib/chats/search-chats";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma, type Db } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { listConversationPage } from "@/lib/messages/list-conversation-page";
import { percentile } from "./percentiles";

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

const str = { type: "string" } as const;
const { values } = parseArgs({ options: { chats: str, messages: str, big: str, runs: str }, strict: true });
const large = { chats: Number(values.chats ?? 10_000), messages: Number(values.messages ?? 1_000_000), big: Number(values.big ?? 100_000) };
/** What the chat list and the conversation show first (app/(dashboard)/chats/layout.tsx, app/(dashboard)/chats/[chatId]/page.tsx). */
const LIST_PAGE = 100;
const CONVERSATION_PAGE = 60;
// Like with like: as many chats as the list's first page shows, and a biggest chat with more than a
// conversation page (80 of the 100 messages), so both sizes read and return full pages and differ only in the
// data around them (a 20-message small chat once made opening look 1.56x dearer for returning 3x the rows).
const small = { chats: LIST_PAGE, messages: 100, big: 80 };
const runs = Number(values.runs ?? 30);
const log = (m: string) => console.log(`[bench:chats] ${m}`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

type TSize = typeof large;

/**
 * One instance; chat 1 is the big one, the other chats share the rest of the messages round-robin. Names and
 * texts carry accents and a searchable word ("João" in one chat in a hundred, "conceição" in one message in a
 * thousand), so the search has real matches at both sizes. Set-based: one INSERT … SELECT per table.
 */
async function seed(url: string, size: TSize): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("INSERT INTO instance (id, name) VALUES ('BENCH', 'Bench')");
  await client.query(
    `INSERT INTO chat (instance_id, phone, kind, name, last_message_at, last_message_preview, unread_count)
     SELECT 'BENCH', (5511900000000 + n)::text, 'private',
            CASE WHEN n % 100 = 7 THEN 'João ' || n ELSE 'Contato ' || n END,
            now() - make_interval(secs => n), 'mensagem', n % 4
       FROM generate_series(1, $1::int) AS n`,
    [size.chats],
  );
  const { rows } = await client.query<{ id: string }>("SELECT id FROM chat WHERE phone = '5511900000001'");
  const bigId = rows[0]?.id ?? "";
  // Messages: the first `big` go to chat 1, the others round-robin over chats 2..n.
  await client.query(
    `WITH c AS (SELECT id, (phone::bigint - 5511900000000)::int AS n FROM chat)
     INSERT INTO message (instance_id, message_id, chat_id, from_me, kind, text, sent_at, status, status_rank)
     SELECT 'BENCH', 'M' || g, c.id, g % 3 = 0, 'text',
            CASE WHEN g % 1000 = 13 THEN 'reunião na conceição às ' || g ELSE 'mensagem número ' || g || ' de teste' END,
            now() - make_interval(secs => ($1::int - g)), CASE WHEN g % 3 = 0 THEN 'READ' END, CASE WHEN g % 3 = 0 THEN 3 ELSE 0 END
       FROM generate_series(1, $1::int) AS g
       JOIN c ON c.n = CASE WHEN g <= $2::int OR $3::int = 1 THEN 1 ELSE 2 + (g % ($3::int - 1)) END`,
    [size.messages, size.big, size.chats],
  );
  await client.query("ANALYZE");
  await client.end();
  return bigId;
}

const actions = {
  "chat list (first page)": (db: Db) => listChatPage(db, { limit: LIST_PAGE }),
  "open the biggest chat (newest page)": (db: Db, bigId: string) => listConversationPage(db, bigId, { limit: CONVERSATION_PAGE }),
  "search \"conceicao\"": (db: Db) => searchChats(db, { q: "conceicao" }),
  "search \"joao\" (names)": (db: Db) => searchChats(db, { q: "joao" }),
} as const;

const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-chats-bench-"));
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
const baseUrl = process.env.DATABASE_URL ?? (server as { url: string }).url;
const withDb = (name: string) => Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const suffix = `${process.pid}_${Date.now()}`;
const names = { large: `cbench_large_${suffix}`, small: `cbench_small_${suffix}` };
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
const dbs: Db[] = [];
try {
  for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`);
  const seeded: Record<"large" | "small", { db: Db; bigId: string }> = {} as never;
  for (const [which, size] of [["small", small], ["large", large]] as const) {
    const url = withDb(names[which]);
    await applyMigrations(url);
    const started = performance.now();
    const bigId = await seed(url, size);
    log(`${which}: ${size.chats} chats, ${size.messages} messages (biggest chat ${size.big}) seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const db = createPrisma(url, 4);
    dbs.push(db);
    seeded[which] = { db, bigId };
  }
  log(`load average before timing: ${load()}`);
  const rows: string[] = [];
  for (const [name, action] of Object.entries(actions)) {
    const times = { large: [] as number[], small: [] as number[] };
    for (let i = 0; i < runs + 3; i++) {
      for (const which of ["large", "small"] as const) {
        const { db, bigId } = seeded[which];
        const started = performance.now();
        await action(db, bigId);
        if (i >= 3) times[which].push(performance.now() - started); // the first three warm caches and plans
      }
    }
    const [l, s] = [median(times.large), median(times.small)];
    rows.push(`${name.padEnd(38)} large ${l.toFixed(2).padStart(8)} ms   small ${s.toFixed(2).padStart(8)} ms   ratio ${(l / s).toFixed(2)}`);
  }
  console.log(`\nChat screen reads, median of ${runs} alternating runs (aim: ratio < 1.5)`);
  for (const row of rows) console.log(`  ${row}`);
  log(`load average after: ${load()}`);
} finally {
  await Promise.all(dbs.map((db) => db.$disconnect()));
  for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
