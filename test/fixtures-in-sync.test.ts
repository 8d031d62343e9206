import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// fixtures/zapi is a copy of the team's research folder (../shared/zapi/fixtures), kept in the repo so a clone
// can run the simulator and the tests on its own. When the research folder is beside the checkout, the copy
// must match it, so a new or corrected fixture cannot be silently missed.
const repoCopy = path.resolve(import.meta.dirname, "../fixtures/zapi");
const research = path.resolve(import.meta.dirname, "../../shared/zapi/fixtures");

test.runIf(existsSync(research))("fixtures/zapi matches ../shared/zapi/fixtures", () => {
  const names = (dir: string) => readdirSync(dir).sort();
  expect(names(repoCopy)).toEqual(names(research));
  for (const name of names(research)) {
    expect(readFileSync(path.join(repoCopy, name), "utf8"), name).toBe(readFileSync(path.join(research, name), "utf8"));
  }
});

test("the repo copy holds the fixtures", () => {
  expect(readdirSync(repoCopy).filter((f) => f.endsWith(".json")).length).toBeGreaterThanOrEqual(108);
});
