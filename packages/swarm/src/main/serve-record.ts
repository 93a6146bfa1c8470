import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Where a running `caio serve` can be reached: `$CAIO_HOME/serve.json`. */
export interface ServeRecord {
  /** Base URL of the API, e.g. `http://127.0.0.1:8080` (no trailing slash). */
  url: string;
  /** Process id of the `caio serve` that wrote it. */
  pid: number;
}

const serveRecordSchema = z.object({ url: z.string().url(), pid: z.number().int().positive() });

function serveRecordPath(home: string): string {
  return join(home, 'serve.json');
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Announces a listening `caio serve` so other `caio` commands can use its HTTP API while it holds the
 * embedded-database lock (ARCHITECTURE.md "Modes and data": PGlite is single-process).
 */
export function writeServeRecord(home: string, record: ServeRecord): void {
  writeFileSync(serveRecordPath(home), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

/** Removes the record on shutdown, only when it is still this process's own. */
export function removeServeRecord(home: string, pid: number): void {
  if (readServeRecord(home)?.pid === pid) rmSync(serveRecordPath(home), { force: true });
}

/** The record, or null when missing or unreadable. */
export function readServeRecord(home: string): ServeRecord | null {
  try {
    const parsed = serveRecordSchema.safeParse(JSON.parse(readFileSync(serveRecordPath(home), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The record when it names a live process (a leftover from a crashed server is ignored), else null. */
export function readLiveServeRecord(home: string): ServeRecord | null {
  const record = readServeRecord(home);
  return record && isProcessAlive(record.pid) ? record : null;
}
