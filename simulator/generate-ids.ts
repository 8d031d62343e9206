import { SIMULATED_PREFIX } from "../lib/instances/simulated-prefix";
import type { Rng } from "./create-rng";

export type IdSource = {
  /**
   * The same for every run and seed: SIM0…01, SIM0…02, … (32 chars, as long as real ids). Running the
   * simulator again reuses its instances instead of adding new ones, and the prefix, which no real id can
   * have, marks them as simulated (lib/instances/simulated-prefix.ts).
   */
  instanceId(): string;
  /** A WhatsApp message id in one of the formats seen in real traffic; never repeats within a source. */
  messageId(): string;
  /** Z-API's own queue id (DeliveryCallback `zaapId`), different from the messageId. */
  zaapId(): string;
  /** A Brazilian mobile number with country code, 13 digits. */
  phone(): string;
  lid(): string;
  groupId(): string;
};

// Formats of real messageIds (docs/zapi/SPEC.md §3.2): 20 hex (iPhone), 22 and 40 hex (web), 32 hex (Android).
const FORMATS: ReadonlyArray<[string, number]> = [
  ["3A", 18],
  ["3EB0", 18],
  ["A5", 30],
  ["AC", 30],
  ["3EB0", 36],
];

export function createIdSource(rng: Rng): IdSource {
  const used = new Set<string>();
  let instances = 0;
  const fresh = (make: () => string): string => {
    for (;;) {
      const id = make();
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  return {
    instanceId: () => {
      // The draw random ids took: kept, so the rest of a seed's traffic is what it was before ids were fixed.
      rng.hex(32);
      return simulatedInstanceId(instances++);
    },
    messageId: () =>
      fresh(() => {
        const [prefix, length] = rng.pick(FORMATS);
        return prefix + rng.hex(length);
      }),
    zaapId: () => fresh(() => rng.hex(32)),
    phone: () => fresh(() => `55${rng.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])}9${rng.digits(8)}`),
    lid: () => fresh(() => `${rng.int(1, 2)}${rng.digits(14)}@lid`),
    groupId: () => fresh(() => `120363${rng.digits(12)}-group`),
  };
}

/** The simulator's `index`-th instance id (from 0). */
export function simulatedInstanceId(index: number): string {
  return SIMULATED_PREFIX + String(index + 1).padStart(32 - SIMULATED_PREFIX.length, "0");
}
