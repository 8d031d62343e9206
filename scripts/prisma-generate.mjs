// `prisma generate` (Prisma 7) first checks for a native schema-engine binary and tries to download one when
// none is found; these machines cannot reach Prisma's download server. Generate itself never runs that
// engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it proceed. This is the only place
// that does this. Migrations use the WebAssembly engine instead (lib/db/apply-migrations.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
