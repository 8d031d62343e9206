import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ptBR from "@/messages/pt-BR.json";
import { ERROR_CODES, errorBody, type FormErrorCode, isErrorCode, readErrorCode } from "./error-codes";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FORM_ONLY: FormErrorCode[] = ["network", "unknown"];

/** Every source file of the server and the dashboard (not tests, not generated code). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe("the error-code catalogue", () => {
  it("every code, and what forms add to it, has a message in en and in pt-BR", () => {
    for (const code of [...Object.keys(ERROR_CODES), ...FORM_ONLY]) {
      expect(en.errors, `errors.${code} in en.json`).toHaveProperty(code);
      expect(ptBR.errors, `errors.${code} in pt-BR.json`).toHaveProperty(code);
    }
    // …and no translation is left for a code that no longer exists.
    expect(Object.keys(en.errors).sort()).toEqual([...Object.keys(ERROR_CODES), ...FORM_ONLY].sort());
  });

  it("every code a route handler or the server answers with is in the catalogue", () => {
    const used = new Set<string>();
    for (const file of [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "lib"))]) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:problem|errorBody)\(\s*"([a-z_]+)"/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it("statuses are HTTP error statuses", () => {
    for (const [code, { status }] of Object.entries(ERROR_CODES)) expect(status, code).toBeGreaterThanOrEqual(400);
  });

  it("one body shape, and forms read the code back from it", async () => {
    expect(errorBody("invalid_cursor")).toEqual({ error: { code: "invalid_cursor", message: ERROR_CODES.invalid_cursor.message } });
    expect(errorBody("invalid_input", { details: [{ field: "name" }] }).error.details).toEqual([{ field: "name" }]);
    const answer = (body: unknown, status: number) => new Response(JSON.stringify(body), { status });
    expect(await readErrorCode(answer(errorBody("admins_only"), 403))).toEqual({ code: "admins_only", status: 403 });
    expect(await readErrorCode(answer({ error: "admins_only" }, 403))).toEqual({ code: "unknown", status: 403 });
    expect(await readErrorCode(answer({ error: { code: "toString" } }, 400))).toEqual({ code: "unknown", status: 400 });
    expect(await readErrorCode(new Response("<html>bad gateway</html>", { status: 502 }))).toEqual({ code: "unknown", status: 502 });
  });
});
