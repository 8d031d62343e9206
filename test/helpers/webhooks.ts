import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Db } from "@/lib/db/client";

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../../fixtures/zapi");

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, name), "utf8")) as Record<string, unknown>;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json")).sort();
}

/** A received text with fresh ids, so tests never collide. */
export function receivedText(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = `${Date.now()}${Math.floor(Math.random() * 1e9)}`;
  return { ...fixture("received-text.json"), messageId: `3EB0TEST${n}`, momment: Date.now(), ...overrides };
}

export type Posted = { status: number; body: { ok: boolean; id?: string; error?: string } };

export async function postWebhook(
  baseUrl: string,
  secret: string,
  body: unknown,
  opts: { gzip?: boolean; raw?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<Posted> {
  let payload: Buffer | string = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  if (opts.gzip) {
    payload = gzipSync(payload);
    headers["content-encoding"] = "gzip";
  }
  const res = await fetch(`${baseUrl}/api/webhooks/zapi/${secret}`, { method: "POST", headers, body: typeof payload === "string" ? payload : new Uint8Array(payload) });
  const text = await res.text();
  let parsed: Posted["body"];
  try {
    parsed = JSON.parse(text) as Posted["body"];
  } catch {
    parsed = { ok: false, error: text };
  }
  return { status: res.status, body: parsed };
}

/** Waits (bounded) until the normaliser has processed every raw event in the database. */
export async function waitForNormalised(db: Db, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await db.rawEvent.count({ where: { processedAt: null } });
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} raw events still unprocessed after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
