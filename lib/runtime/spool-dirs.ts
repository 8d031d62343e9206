import { readdir } from "node:fs/promises";
import path from "node:path";

// Each server process on a machine has its own spool folder (lib/webhooks/spool.ts writes numbered segments and
// expects to be their only writer): `spool` for the first (the only one with VIGIA_PROCESSES=1), `spool-2`,
// `spool-3`… for the others. A restarted process gets its slot back, so it drains what it left.

export function spoolDir(dataDir: string, slot: number): string {
  return path.resolve(dataDir, slot <= 1 ? "spool" : `spool-${slot}`);
}

/** Every spool folder present, including those of slots a smaller VIGIA_PROCESSES no longer runs. */
export async function listSpoolDirs(dataDir: string): Promise<string[]> {
  const entries = await readdir(path.resolve(dataDir), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && /^spool(-\d+)?$/.test(e.name)).map((e) => path.resolve(dataDir, e.name));
}
