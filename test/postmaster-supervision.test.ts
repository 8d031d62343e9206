import { readFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { eventually } from "./helpers/expect-exactly-once";
import { startServer } from "./helpers/start-server";
import { postWebhook, receivedText } from "./helpers/webhooks";

// The `npm start` path: Vigia runs its own embedded PostgreSQL and must bring it back when it dies.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "vigia-supervise-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

test("a killed embedded postmaster is restarted by Vigia, which says so; webhooks meanwhile are kept", async () => {
  const srv = await startServer(null, { VIGIA_DATA_DIR: dataDir });
  try {
    const pidFile = path.join(dataDir, "pg", "postmaster.pid");
    const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    process.kill(pid, "SIGKILL");
    const during = await postWebhook(srv.url, srv.secret, receivedText());
    expect(during.status).toBe(200);

    await eventually("the restart in the log", () => /embedded PostgreSQL restarted/.test(srv.output()), 60_000);
    expect(srv.output()).toMatch(/embedded PostgreSQL stopped unexpectedly \(SIGKILL\); restarting it/);
    const newPid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    expect(newPid).not.toBe(pid);

    const after = receivedText();
    const stored = await postWebhook(srv.url, srv.secret, after);
    expect(stored.status).toBe(200);
    await eventually("both webhooks in the raw log", async () => {
      const res = await fetch(`${srv.url}/api/events?type=ReceivedCallback`, { headers: { authorization: `Bearer ${srv.apiToken}` } });
      if (res.status !== 200) return false;
      const events = (await res.json()) as { items: { id: string }[] };
      return events.items.length === 2;
    });
  } finally {
    expect(await srv.stop()).toBe(0);
  }
});
