/**
 * Instance ids the simulator makes start with this (simulator/generate-ids.ts). Real Z-API ids are 32
 * upper-case hex characters (docs/zapi/SPEC.md §1); S, I and M are not hex digits, so real traffic cannot
 * start an id with it by accident. The normaliser marks such an instance `simulated` when it first creates it
 * (lib/normaliser/touch-instance.ts).
 */
export const SIMULATED_PREFIX = "SIM";
