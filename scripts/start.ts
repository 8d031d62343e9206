// npm start: build the production bundle when the sources changed since the last build, then run server.ts.
// One command on a fresh clone: `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "i18n", "messages", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

const buildId = path.join(".next", "BUILD_ID");
const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestMtime))) {
  console.log(built ? "[vigia] sources changed since the last build: building…" : "[vigia] first start: building the dashboard (about a minute)…");
  const run = (args: string[]) => spawnSync("npm", args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run(["run", "build"]).status !== 0) {
    console.error("[vigia] the build failed; see the messages above.");
    process.exit(1);
  }
}
// Next reads NODE_ENV when server.ts loads it.
Object.assign(process.env, { NODE_ENV: "production" });
await import("../server");
