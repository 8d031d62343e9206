import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer } from "./helpers/start-server";
import { receivedText } from "./helpers/webhooks";

// The `npm start` path: no DATABASE_URL, so the server runs its own embedded PostgreSQL in VIGIA_DATA_DIR.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "vigia-lifecycle-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const postmasterRunning = () => existsSync(path.join(dataDir, "pg", "postmaster.pid"));

/** A webhook whose body arrives in two halves, `gapMs` apart: in flight for that long. */
function slowPost(url: string, body: string, gapMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    setTimeout(() => req.end(body.slice(half)), gapMs);
  });
}

test("Ctrl-C lets in-flight webhooks finish, stops the embedded database, and a second start reuses the data", async () => {
  const first = await startServer(null, { VIGIA_DATA_DIR: dataDir });
  expect(first.output()).toContain("embedded PostgreSQL");
  expect(postmasterRunning()).toBe(true);
  const body = receivedText();
  const inFlight = slowPost(`${first.url}/api/webhooks/zapi/${first.secret}`, JSON.stringify(body), 1500);
  await new Promise((r) => setTimeout(r, 300)); // the request has started
  const exitCode = first.signal("SIGINT", 3); // one keypress, forwarded by npm and tsx
  const answered = await inFlight;
  expect(answered.status).toBe(200);
  expect(await exitCode).toBe(0);
  expect(postmasterRunning()).toBe(false);

  const second = await startServer(null, { VIGIA_DATA_DIR: dataDir });
  try {
    const res = await fetch(`${second.url}/api/events?type=ReceivedCallback`, { headers: { authorization: `Bearer ${second.apiToken}` } });
    const events = (await res.json()) as { items: { id: string }[] };
    expect(events.items.map((e) => e.id)).toContain((JSON.parse(answered.text) as { id: string }).id);
  } finally {
    expect(await second.stop()).toBe(0);
  }
  expect(postmasterRunning()).toBe(false);
});

test("a bad configuration value stops the start with a message naming it", async () => {
  await expect(startServer(null, { VIGIA_DATA_DIR: dataDir, PORT: "not-a-port" })).rejects.toThrow(/PORT: /);
});
