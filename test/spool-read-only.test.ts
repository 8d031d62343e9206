import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type DedicatedPostgres, startDedicatedPostgres } from "./helpers/dedicated-postgres";
import { startServer } from "./helpers/start-server";
import { postWebhook, receivedText } from "./helpers/webhooks";

let pg: DedicatedPostgres;
let dataDir: string;
let unmount = async () => {};
beforeAll(async () => {
  pg = await startDedicatedPostgres();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "vigia-ro-spool-"));
  // A folder Vigia cannot write. Permission bits do not stop root, so as root a read-only tmpfs is mounted
  // there instead (the machines tests run on allow it; see ENVIRONMENT.md).
  if (process.getuid?.() === 0) {
    execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dataDir]);
    unmount = () => {
      execFileSync("umount", [dataDir]);
      return Promise.resolve();
    };
  } else {
    await chmod(dataDir, 0o555);
  }
});
afterAll(async () => {
  await unmount();
  await chmod(dataDir, 0o755).catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
  await pg?.destroy();
});

test("with the database down and a spool that cannot be written, a webhook gets 503 with the reason, said loudly in the log", async () => {
  const srv = await startServer(pg.url, { VIGIA_DATA_DIR: dataDir });
  try {
    expect(srv.output()).toMatch(/!!! SPOOL NOT WRITABLE/); // said at start already
    expect((await postWebhook(srv.url, srv.secret, receivedText())).status).toBe(200); // the database takes it

    await pg.stop();
    const refused = await postWebhook(srv.url, srv.secret, receivedText());
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({ ok: false, error: expect.stringMatching(/^database unavailable and the local spool cannot be written \(E[A-Z]+\): event not stored$/) as unknown });
    const health = await fetch(`${srv.url}/api/health`, { headers: { authorization: `Bearer ${srv.apiToken}` } });
    expect(health.status).toBe(503);
    expect(((await health.json()) as { spool: { writable: boolean } }).spool.writable).toBe(false);
    expect(srv.output()).not.toContain(srv.secret);
  } finally {
    await pg.start();
    await srv.stop();
  }
});
