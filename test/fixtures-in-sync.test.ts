import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// fixtures/zapi and docs/zapi are copies of the team's research folder (../shared/zapi), kept in the repo so a
// clone can run the simulator and the tests on its own and every `docs/zapi/SPEC.md §x` in a comment resolves.
// When the research folder is beside the checkout, the copies must match it, so a new or corrected fixture or
// note cannot be silently missed.
const repoRoot = path.resolve(import.meta.dirname, "..");
const research = path.resolve(repoRoot, "../shared/zapi");
const fixtures = path.join(repoRoot, "fixtures/zapi");
const docs = path.join(repoRoot, "docs/zapi");
const NOTES = ["SPEC.md", "EDGE_CASES.md"];

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8");

test.runIf(existsSync(research))("fixtures/zapi matches ../shared/zapi/fixtures", () => {
  const names = (dir: string) => readdirSync(dir).sort();
  const source = path.join(research, "fixtures");
  expect(names(fixtures)).toEqual(names(source));
  for (const name of names(source)) expect(read(fixtures, name), name).toBe(read(source, name));
});

test.runIf(existsSync(research))("docs/zapi holds the research notes of ../shared/zapi, unchanged", () => {
  const notes = readdirSync(research).filter((name) => name.endsWith(".md")).sort();
  expect(notes).toEqual([...NOTES].sort());
  for (const name of notes) expect(read(docs, name), name).toBe(read(research, name));
});

test("the repo copy holds the fixtures and the notes", () => {
  expect(readdirSync(fixtures).filter((f) => f.endsWith(".json")).length).toBeGreaterThanOrEqual(108);
  for (const name of NOTES) expect(read(docs, name)).toMatch(/^# Z-API webhooks/);
});
