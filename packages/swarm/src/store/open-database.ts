import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireHomeLock, type HomeLock } from './home-lock.js';
import { migrateToLatest } from './migrate.js';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

/** Where the data lives: embedded PGlite under `home`, or a PostgreSQL server at `databaseUrl`. */
export interface DatabaseLocation {
  /** `CAIO_HOME` (default `./.caio`); PGlite data goes to `<home>/pgdata`. */
  home: string;
  /** `DATABASE_URL`; when set, PostgreSQL is used and `home` holds only caches and flags. */
  databaseUrl?: string | undefined;
  /** Embedded only: keep everything in memory (tests, benchmarks). */
  inMemory?: boolean;
}

/** An open, migrated database. Close it before the process exits. */
export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: 'pglite' | 'postgres';
  /** The raw PGlite instance in embedded mode (pg-boss runs on it through `fromPglite`). */
  readonly pglite: PGlite | null;
  readonly databaseUrl: string | null;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database. Embedded mode takes the `CAIO_HOME` lock.
 *
 * @throws CaioError `database_locked` when another process holds the embedded database.
 */
export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  if (location.databaseUrl) return openPostgres(location.databaseUrl);
  return openPglite(location);
}

async function openPglite(location: DatabaseLocation): Promise<OpenDatabase> {
  const lock: HomeLock | null = location.inMemory ? null : acquireHomeLock(location.home);
  try {
    const pglite = location.inMemory ? await PGlite.create() : await PGlite.create(join(location.home, 'pgdata'));
    const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
    await migrateToLatest(db as Kysely<unknown>);
    return {
      db,
      kind: 'pglite',
      pglite,
      databaseUrl: null,
      close: async () => {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>);
  return { db, kind: 'postgres', pglite: null, databaseUrl, close: () => db.destroy() };
}
