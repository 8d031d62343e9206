import { spawn, type ChildProcess } from "node:child_process";

export type Started = { child: ChildProcess; output: () => string; stop(): Promise<void> };

/**
 * Starts `node --import tsx <entry>` with `env` and resolves when a line of its output matches `ready`.
 * Output is kept (last 64 KiB) to explain a failure; the process is stopped with SIGTERM, then SIGKILL.
 */
export function startProcess(entry: string, env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 120_000, nodeArgs: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", entry], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-65_536);
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop().catch(reject);
      reject(new Error(`${entry} not ready after ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (ready.test(log)) {
        clearTimeout(timer);
        resolve({ child, output: () => log, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${signal ?? code}) before it was ready:\n${log}`));
    });
  });
}
