import { gunzip } from "node:zlib";

export type Inflated = { ok: true; bytes: Buffer } | { ok: false; reason: "too_large" | "corrupt" };

/** Gunzips a `Content-Encoding: gzip` body (Z-API announced it may send those), bounded in output size. */
export function inflateBody(bytes: Buffer, limit: number): Promise<Inflated> {
  return new Promise((resolve) => {
    gunzip(bytes, { maxOutputLength: limit }, (error, out) => {
      if (!error) return resolve({ ok: true, bytes: out });
      const tooLarge = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
      resolve({ ok: false, reason: tooLarge ? "too_large" : "corrupt" });
    });
  });
}
