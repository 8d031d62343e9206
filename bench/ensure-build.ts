import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Builds the production bundle when there is none, or when it predates the bench's no-op route (a build
 * without it would measure a 404 instead of the framework's floor).
 */
export function ensureBuild(root: string, log: (m: string) => void): void {
  const next = path.join(root, ".next");
  const hasBuild = existsSync(path.join(next, "BUILD_ID"));
  const hasNoop = existsSync(path.join(next, "server", "app", "api", "bench", "noop", "route.js"));
  if (hasBuild && hasNoop) return;
  log(hasBuild ? "the build has no /api/bench/noop route: rebuilding (npm run build)…" : "no production build: building (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("npm run build failed");
}
