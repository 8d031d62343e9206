import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "simulator/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Generous: server-level tests start real processes on shared 2-core machines; a timeout is a hang detector, not a speed check.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
