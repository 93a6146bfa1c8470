import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CaioError } from '../domain/errors.js';

/** A held single-process lock on an embedded `CAIO_HOME`. */
export interface HomeLock {
  readonly path: string;
  release(): void;
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
 * Takes the embedded-database lock `<home>/caio.lock` (ARCHITECTURE.md: PGlite is single-process).
 * A lock left by a process that no longer exists is taken over.
 *
 * @throws CaioError `database_locked` when another live process holds it; the message names
 *   `DATABASE_URL` (shared PostgreSQL) and `caio serve`'s API as the ways to run concurrently.
 */
export function acquireHomeLock(home: string): HomeLock {
  mkdirSync(home, { recursive: true });
  const path = join(home, 'caio.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(path, 'wx');
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      return { path, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
        throw new CaioError(
          'database_locked',
          `The embedded database in ${home} is in use by process ${holder} (probably \`caio serve\`). ` +
            'Stop it, run this command through its HTTP API, or set DATABASE_URL to a PostgreSQL server so several processes can share it.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new CaioError('database_locked', `Could not take the lock ${path}; remove it if no caio process is running.`);
}
