import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect } from "@playwright/test";
import { E2E_WEBHOOK_SECRET } from "./constants";

const FIXTURES = process.env.ZAPI_FIXTURES_DIR ?? path.resolve(import.meta.dirname, "../../fixtures/zapi");

type Json = Record<string, unknown>;

/** A Z-API body exactly as recorded in the shared fixtures, with some fields replaced. */
export function fixture(name: string, overrides: Json = {}): Json {
  const body = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as Json;
  return { ...body, ...overrides };
}

/** Ids that no other test run can have produced. */
export function uniqueId(prefix: string): string {
  return `${prefix}${Date.now().toString(16).toUpperCase()}${Math.random().toString(16).slice(2, 8).toUpperCase()}`;
}

/** 32 upper-case hex characters, like Z-API's instance ids. */
export function uniqueInstanceId(): string {
  return Array.from({ length: 32 }, () => "0123456789ABCDEF"[Math.floor(Math.random() * 16)]).join("");
}

/** POSTs to the webhook endpoint like Z-API does and checks it was stored. */
export async function postWebhook(request: APIRequestContext, body: Json): Promise<void> {
  const response = await request.post(`/api/webhooks/zapi/${E2E_WEBHOOK_SECRET}`, { data: body });
  expect(response.status(), await response.text()).toBe(200);
}
