import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/free-port";

export type ServerUnderTest = {
  url: string;
  port: number;
  secret: string;
  apiToken: string;
  proc: ChildProcess;
  output(): string;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<number | null>;
  /** Send a signal; resolves with the exit code once the process has exited. */
  signal(sig: NodeJS.Signals, times?: number): Promise<number | null>;
  /** SIGKILL: no cleanup at all, as in a crash or power loss. */
  kill(): Promise<void>;
};

export const TEST_SECRET = "test-webhook-secret-0123456789";
export const TEST_API_TOKEN = "test-api-token-0123456789abcdef";

/**
 * Starts the real server (server.ts, production build) as a child process against `databaseUrl`. The
 * production build must exist (`npm test` builds before running Vitest).
 */
export async function startServer(databaseUrl: string | null, extraEnv: Record<string, string> = {}): Promise<ServerUnderTest> {
  const port = await freePort();
  const dataDir = extraEnv.VIGIA_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), "vigia-srv-")));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    VIGIA_DATA_DIR: dataDir,
    VIGIA_WEBHOOK_SECRET: TEST_SECRET,
    VIGIA_API_TOKEN: TEST_API_TOKEN,
    ...extraEnv,
  };
  // No DATABASE_URL: the server starts its embedded PostgreSQL in VIGIA_DATA_DIR, as `npm start` does.
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout?.on("data", (d) => (out += d));
  proc.stderr?.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (out.includes("Vigia is ready")) resolve();
    };
    proc.stdout?.on("data", check);
    proc.once("exit", (code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    secret: TEST_SECRET,
    apiToken: TEST_API_TOKEN,
    proc,
    output: () => out,
    stop: async () => {
      proc.kill("SIGTERM");
      return exited;
    },
    signal: async (sig, times = 1) => {
      for (let i = 0; i < times; i++) proc.kill(sig);
      return exited;
    },
    kill: async () => {
      proc.kill("SIGKILL");
      await exited;
    },
  };
}
