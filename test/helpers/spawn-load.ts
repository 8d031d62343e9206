import { spawn } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load-process";

export type Load = {
  /** Resolves once at least `n` requests have been acknowledged (bounded). */
  ackedAtLeast(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves once at least `n` requests have been sent, answered or not (bounded). */
  sentAtLeast(n: number, timeoutMs?: number): Promise<void>;
  readonly acked: number;
  readonly sent: number;
  /** Stops sending, waits for the answers in flight and returns every request's outcome. */
  finish(): Promise<LoadResult[]>;
};

/** Starts test/helpers/load-process.ts in its own Node process, posting to `webhookUrl` at `rate` per second. */
export async function spawnLoad(webhookUrl: string, rate: number): Promise<Load> {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), "vigia-load-")), "results.json");
  const proc = spawn(process.execPath, ["--import", "tsx", "test/helpers/load-process.ts", webhookUrl, String(rate), out], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: ["pipe", "pipe", "inherit"], // stdin only so the child notices when this process is gone
  });
  let acked = 0;
  let sent = 0;
  let buffer = "";
  const listeners = new Set<() => void>();
  proc.stdout.on("data", (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      const m = /^progress (\d+) (\d+) \d+$/.exec(line);
      if (m) {
        sent = Number(m[1]);
        acked = Number(m[2]);
      }
    }
    for (const l of listeners) l();
  });
  const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
  const reach = (what: string, value: () => number, n: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (value() < n) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`only ${value()} of ${n} requests ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return {
    get acked() {
      return acked;
    },
    get sent() {
      return sent;
    },
    ackedAtLeast: (n, timeoutMs = 60_000) => reach("acknowledged", () => acked, n, timeoutMs),
    sentAtLeast: (n, timeoutMs = 60_000) => reach("sent", () => sent, n, timeoutMs),
    finish: async () => {
      proc.kill("SIGTERM");
      const code = await exited;
      if (code !== 0) throw new Error(`load process exited with ${code}`);
      return JSON.parse(await readFile(out, "utf8")) as LoadResult[];
    },
  };
}
