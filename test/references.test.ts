import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// Code comments cite the Z-API notes as `docs/zapi/SPEC.md §6.2` and `docs/zapi/EDGE_CASES.md 15`. Every such
// reference must name a section or an edge case that exists, and none may point outside the repo.
const root = path.resolve(import.meta.dirname, "..");
const spec = readFileSync(path.join(root, "docs/zapi/SPEC.md"), "utf8");
const edgeCases = readFileSync(path.join(root, "docs/zapi/EDGE_CASES.md"), "utf8");
const sections = new Set([...spec.matchAll(/^#{2,3} (\d+(?:\.\d+)*)[. ]/gm)].map((m) => m[1]));
const cases = new Set([...edgeCases.matchAll(/^(\d+)\. /gm)].map((m) => m[1]));

const thisFile = path.relative(root, import.meta.filename);
const sources = ["app", "components", "lib", "scripts", "simulator", "bench", "test", "e2e"]
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
  .concat("server.ts")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.startsWith(path.join("lib", "generated")) && f !== thisFile);

type Reference = { file: string; ref: string };

function references(text: string, file: string): { spec: Reference[]; edge: Reference[]; stale: Reference[] } {
  const spec = [...text.matchAll(/docs\/zapi\/SPEC\.md((?:,? §\d+(?:\.\d+)*)+)/g)].flatMap((m) =>
    [...(m[1] ?? "").matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => ({ file, ref: s[1] ?? "" })),
  );
  const edge = [...text.matchAll(/docs\/zapi\/EDGE_CASES\.md ((?:\d+(?:[–/-]\d+)?(?:, )?)+)/g)].flatMap((m) =>
    (m[1] ?? "").split(/, |\//).flatMap((part) => {
      const [from, to = from] = part.split(/[–-]/).map(Number);
      return Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) => ({ file, ref: String((from ?? 0) + i) }));
    }),
  );
  // A bare `SPEC §x` / `EDGE_CASES n` or a machine path does not resolve in a clone.
  const stale = [...text.matchAll(/(?<!docs\/zapi\/)\b(?:SPEC(?:\.md)? §|EDGE_CASES(?:\.md)? \d)|\/work\/shared/g)].map((m) => ({ file, ref: m[0] }));
  return { spec, edge, stale };
}

const found = sources.map((file) => references(readFileSync(path.join(root, file), "utf8"), file));

test("the notes have the sections and edge cases the references are checked against", () => {
  expect(sections.has("6.2")).toBe(true);
  expect(cases.has("15")).toBe(true);
  expect(found.flatMap((f) => f.spec).length + found.flatMap((f) => f.edge).length).toBeGreaterThan(30);
});

test("every docs/zapi/SPEC.md § reference names a section that exists", () => {
  expect(found.flatMap((f) => f.spec).filter((r) => !sections.has(r.ref))).toEqual([]);
});

test("every docs/zapi/EDGE_CASES.md reference names an edge case that exists", () => {
  expect(found.flatMap((f) => f.edge).filter((r) => !cases.has(r.ref))).toEqual([]);
});

test("no comment cites the notes by a bare name or a path outside the repo", () => {
  expect(found.flatMap((f) => f.stale)).toEqual([]);
});

// A comment that names a file of this repo (`lib/normaliser/apply-status.ts`) must name one that exists, so a
// move or a rename cannot leave readers following a dead path.
test("every repo file a comment names exists", () => {
  const named = sources.flatMap((file) =>
    [...readFileSync(path.join(root, file), "utf8").matchAll(/(?<![\w./@-])((?:app|components|lib|scripts|simulator|bench|test|e2e|docs|prisma)\/[\w./()[\]-]+\.(?:tsx?|mjs|md|prisma|sql))\b/g)].map((m) => ({ file, ref: m[1] ?? "" })),
  );
  expect(named.length).toBeGreaterThan(20);
  expect(named.filter((r) => !existsSync(path.join(root, r.ref)))).toEqual([]);
});
