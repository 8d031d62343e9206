import { expect, test } from "vitest";
import { notifyCredentialsEnded, parseEndedCredentials } from "./notify-credentials-ended";

/** Records the statements instead of a database: what is checked here is only how payloads are cut. */
function recordingSql() {
  const payloads: string[] = [];
  const sql = {
    $executeRaw: ((strings: TemplateStringsArray, ...values: unknown[]) => {
      expect(strings.join("?")).toContain("pg_notify");
      payloads.push(values[1] as string);
      return Promise.resolve(1);
    }) as never,
  };
  return { sql, payloads };
}

test("many ended sessions are sent in several notifications, each under PostgreSQL's 8000-byte limit", async () => {
  const ids = Array.from({ length: 250 }, (_, i) => i.toString(16).padStart(64, "0"));
  const { sql, payloads } = recordingSql();
  await notifyCredentialsEnded(sql, { kind: "sessions", ids });
  expect(payloads.length).toBe(3);
  for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000);
  expect(payloads.flatMap((p) => (parseEndedCredentials(p) as { ids: string[] }).ids)).toEqual(ids);
});
