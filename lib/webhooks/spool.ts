import { mkdir, open, readdir, readFile, unlink, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { RawEventDraft } from "./raw-log";
import { type DecodedSegment, decodeSpoolSegment, encodeSpoolRecord } from "./spool-record";

/**
 * The spool could not keep the event on disk (disk full, read-only, permissions): it is not stored.
 * Recognise it with isSpoolWriteFailed (see isRawLogUnavailable in raw-log.ts for why not instanceof).
 */
export class SpoolWriteFailed extends Error {
  override readonly name = "SpoolWriteFailed";
  constructor(readonly code: string) {
    super(`the local spool cannot be written (${code})`);
  }
}

export function isSpoolWriteFailed(e: unknown): e is SpoolWriteFailed {
  return e instanceof Error && e.name === "SpoolWriteFailed";
}

type Pending = { bytes: Buffer; resolve(): void; reject(e: unknown): void };

const SEGMENT = /^(\d{12})\.spool$/;
const LOUD_EVERY_MS = 10_000;

/**
 * Where webhooks wait on disk while the database cannot take them (`VIGIA_DATA_DIR/spool`): append-only
 * segment files of checksummed records (lib/webhooks/spool-record.ts). `append` resolves only after its record
 * is fsynced; appends that arrive while a write is in flight share the next write and fsync (group commit,
 * as in lib/webhooks/raw-log.ts). The drainer (lib/webhooks/spool-drainer.ts) seals the segment being written,
 * moves sealed segments into raw_event in order, and removes each only after its rows committed.
 */
export class Spool {
  private pending: Pending[] = [];
  private flushScheduled = false;
  private tail: Promise<unknown> = Promise.resolve();
  private active: { file: string; handle: FileHandle; records: number } | undefined;
  private counts = new Map<string, number>();
  private nextSegment = 1;
  private lastError: string | null = null;
  private failuresSinceLoud = 0;
  private lastLoudAt = 0;

  private constructor(
    readonly dir: string,
    private readonly log: (m: string) => void,
  ) {}

  /** Opens the spool, counting what a previous run left in it. Never throws: an unusable folder is reported. */
  static async open(dir: string, log: (m: string) => void): Promise<Spool> {
    const spool = new Spool(dir, log);
    try {
      await mkdir(dir, { recursive: true });
      for (const file of await spool.segmentFiles()) {
        const { records } = await spool.readSegment(file);
        spool.counts.set(file, records.length);
        spool.nextSegment = Math.max(spool.nextSegment, Number(SEGMENT.exec(path.basename(file))?.[1]) + 1);
      }
      await spool.probeWritable();
    } catch (e) {
      spool.fail(e);
    }
    return spool;
  }

  /** Events on disk not yet moved into the raw log. */
  get waiting(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  /** Why the last write failed, or null when the spool last worked (or was never needed). */
  get problem(): string | null {
    return this.lastError;
  }

  append(draft: RawEventDraft): Promise<void> {
    const bytes = encodeSpoolRecord(draft);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ bytes, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // A failed flush rejects each waiter inside flush(); nothing is left to handle here.
        this.serial(() => this.flush()).catch(() => {});
      }
    });
  }

  /** Closes the segment being written (new appends start another) and lists every closed segment, oldest first. */
  seal(): Promise<string[]> {
    return this.serial(async () => {
      await this.closeActive();
      return this.segmentFiles();
    });
  }

  readSegment(file: string): Promise<DecodedSegment> {
    return readFile(file).then(decodeSpoolSegment);
  }

  /** After every record of `file` is committed to the raw log. */
  async removeSegment(file: string): Promise<void> {
    await unlink(file);
    this.counts.delete(file);
  }

  /** Lets queued writes finish and closes the file (shutdown). */
  close(): Promise<void> {
    return this.serial(() => this.closeActive());
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    try {
      const active = await this.openActive();
      const bytes = Buffer.concat(batch.map((p) => p.bytes));
      for (let at = 0; at < bytes.length; ) at += (await active.handle.write(bytes, at)).bytesWritten;
      await active.handle.datasync();
      active.records += batch.length;
      this.counts.set(active.file, active.records);
      this.lastError = null;
      for (const p of batch) p.resolve();
    } catch (e) {
      // A partial write may have left a torn record: later records go to a fresh segment so they stay
      // whole (the drainer skips and reports the torn one).
      await this.closeActive().catch(() => {});
      const error = this.fail(e, batch.length);
      for (const p of batch) p.reject(error);
    }
  }

  private async openActive() {
    if (this.active) return this.active;
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${String(this.nextSegment++).padStart(12, "0")}.spool`);
    const handle = await open(file, "wx");
    await syncDir(this.dir); // the new file's name must survive a power loss too
    this.active = { file, handle, records: 0 };
    this.counts.set(file, 0);
    return this.active;
  }

  private async closeActive(): Promise<void> {
    const active = this.active;
    this.active = undefined;
    if (!active) return;
    await active.handle.close();
    if (active.records === 0) {
      this.counts.delete(active.file);
      await unlink(active.file).catch(() => {});
    }
  }

  private async segmentFiles(): Promise<string[]> {
    const names = (await readdir(this.dir)).filter((n) => SEGMENT.test(n)).sort();
    const activeFile = this.active?.file;
    return names.map((n) => path.join(this.dir, n)).filter((f) => f !== activeFile);
  }

  /** Creating and removing a file tells a read-only or full folder early, at start. */
  private async probeWritable(): Promise<void> {
    const probe = path.join(this.dir, ".probe");
    const handle = await open(probe, "w");
    await handle.close();
    await unlink(probe);
  }

  /** Records the failure and says it loudly: at once, then at most every few seconds with a count. */
  private fail(e: unknown, events = 0): SpoolWriteFailed {
    const code = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
    this.lastError = `${code} in ${this.dir}`;
    this.failuresSinceLoud += events;
    const now = Date.now();
    if (now - this.lastLoudAt >= LOUD_EVERY_MS) {
      this.lastLoudAt = now;
      const lost = this.failuresSinceLoud ? ` ${this.failuresSinceLoud} webhook(s) were refused with 503.` : "";
      this.log(
        `!!! SPOOL NOT WRITABLE: ${this.lastError}. While the database is unavailable, webhooks cannot be kept and are refused.${lost} Free disk space or fix the permissions of ${this.dir}.`,
      );
      this.failuresSinceLoud = 0;
    }
    return new SpoolWriteFailed(code);
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(op);
    this.tail = run.catch(() => {});
    return run;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
