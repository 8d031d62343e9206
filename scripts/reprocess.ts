// npm run reprocess -- [--result unrecognized|failed] [--type T] [--since ISO] : apply stored webhooks again,
// for when a new version understands more. Works while Vigia runs (its normaliser picks them up at once) and
// while it is stopped (then at the next npm start). See lib/normaliser/requeue-raw-events.ts.
import { readEnv } from "@/lib/config/env";
import { createPrisma } from "@/lib/db/client";
import { openDatabaseForTool } from "@/lib/db/open-database-for-tool";
import { findNormaliserLeader } from "@/lib/normaliser/find-normaliser-leader";
import { requeueRawEvents } from "@/lib/normaliser/requeue-raw-events";
import { describeSelection, parseReprocessArgs, REPROCESS_USAGE } from "./reprocess-args";

const args = parseReprocessArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(`[reprocess] ${args.errors.join("\n[reprocess] ")}\n\n${REPROCESS_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(REPROCESS_USAGE);
  process.exit(0);
}
const env = readEnv();
if (!env.ok) {
  console.error(`[reprocess] invalid settings:\n  ${env.errors.join("\n  ")}`);
  process.exit(2);
}

const log = (m: string) => console.log(`[reprocess] ${m}`);
let code = 0;
try {
  const database = await openDatabaseForTool(env.env, log);
  const db = createPrisma(database.url, 1);
  try {
    log(`database: ${database.where}`);
    const outcome = await requeueRawEvents(db, args.selection);
    const what = describeSelection(args.selection);
    if (outcome.queued === 0) {
      log(`nothing to queue: no processed ${what} match.`);
    } else {
      log(`queued ${outcome.queued} ${what} to be processed again (ids ${outcome.firstId}…${outcome.lastId}).`);
      const leader = await findNormaliserLeader(db);
      log(
        leader.running
          ? `Vigia's normaliser (${leader.applicationName ?? "another process"}) is applying them now; follow them on the Events page.`
          : "Vigia is not running: they are applied at the next `npm start`.",
      );
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
} catch (e) {
  console.error(`[reprocess] ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
}
process.exit(code);
