import { expect, test } from "vitest";
import { fixtureNames, loadFixture } from "@/test/normaliser/fixtures";
import { parseWebhookBody } from "./parse-webhook-body";

test.each(fixtureNames())("%s parses", (name) => {
  const parsed = parseWebhookBody(JSON.stringify(loadFixture(name)), "utf8");
  expect(parsed.result, parsed.result === "ok" ? "" : parsed.error).toBe("ok");
});

test("not JSON and base64 bodies are invalid", () => {
  expect(parseWebhookBody("{not json", "utf8")).toMatchObject({ result: "invalid", type: null });
  expect(parseWebhookBody("eyJ0eXBlIjoiUHJveHlDYWxsYmFjayJ9", "base64")).toMatchObject({ result: "invalid" });
});

test("an unknown or missing type is unrecognized, keeping type and instanceId", () => {
  expect(parseWebhookBody(JSON.stringify({ type: "ReactionCallback", instanceId: "X" }), "utf8")).toMatchObject({
    result: "unrecognized", type: "ReactionCallback", instanceId: "X",
  });
  expect(parseWebhookBody("[1,2]", "utf8")).toMatchObject({ result: "unrecognized", type: null });
});

test("a known type with a wrong shape is unrecognized with a short zod summary", () => {
  const body = { ...loadFixture("status-read.json"), ids: "x" };
  const parsed = parseWebhookBody(JSON.stringify(body), "utf8");
  expect(parsed.result).toBe("unrecognized");
  if (parsed.result === "ok") return;
  expect(parsed.error).toMatch(/^invalid MessageStatusCallback: ids: /);
  expect(parsed.error.length).toBeLessThan(300);
});

test("the old `moment` spelling and unknown extra keys are accepted", () => {
  const { momment, ...rest } = loadFixture("received-poll.json");
  const parsed = parseWebhookBody(JSON.stringify({ ...rest, moment: momment, brandNewFlag: { a: 1 } }), "utf8");
  expect(parsed.result).toBe("ok");
});

test("NUL characters, which PostgreSQL cannot store, are dropped from strings", () => {
  const body = JSON.stringify({ ...loadFixture("received-text.json"), text: { message: "a\u0000b" } });
  expect(body).toContain("\\u0000");
  const parsed = parseWebhookBody(body, "utf8");
  expect(parsed.result).toBe("ok");
  if (parsed.result !== "ok" || parsed.body.type !== "ReceivedCallback") return;
  expect(parsed.body.text?.message).toBe("ab");
});

test("lone UTF-16 surrogates, which jsonb refuses, become U+FFFD in values and keys; real pairs are kept", () => {
  const body = JSON.stringify({ ...loadFixture("received-text.json"), text: { message: "PLACEHOLDER" }, extra: { KEY: 1 } })
    .replace('"PLACEHOLDER"', '"cut \\ud83d, pair \\ud83d\\ude00, low \\ude00 end"')
    .replace('"KEY"', '"k\\udfff"')
    .replace(/"instanceId":"([^"]*)"/, '"instanceId":"$1\\ud800"');
  const parsed = parseWebhookBody(body, "utf8");
  expect(parsed.result).toBe("ok");
  if (parsed.result !== "ok" || parsed.body.type !== "ReceivedCallback") return;
  expect(parsed.body.text?.message).toBe("cut \ufffd, pair \u{1f600}, low \ufffd end");
  expect(parsed.instanceId.endsWith("\ufffd")).toBe(true);
  expect(Object.keys(parsed.body.extra as object)).toEqual(["k\ufffd"]);
  expect(JSON.stringify(parsed.body)).not.toMatch(/\\u[dD][89a-fA-F]/);
});

test("an unknown type of any length keeps at most 120 characters, like ingest (both columns are indexed)", () => {
  const parsed = parseWebhookBody(JSON.stringify({ type: "X".repeat(5000), instanceId: "I".repeat(5000) }), "utf8");
  expect(parsed).toMatchObject({ result: "unrecognized", type: "X".repeat(120), instanceId: "I".repeat(120) });
});
