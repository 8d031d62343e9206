/** Largest webhook body accepted, before and after gunzip. Real Z-API bodies are a few KiB. */
export const MAX_BODY_BYTES = 1024 * 1024;
