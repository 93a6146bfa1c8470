import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { migrateToLatest } from '../store/migrate.js';
import { PgliteDialect } from '../store/pglite-dialect.js';
import type { Database } from '../store/schema.js';

/**
 * One in-memory PGlite per test file (creating one costs seconds), one fresh schema per test:
 * `freshSchema()` creates a schema, points the single connection's search_path at it, and migrates.
 */
export interface TestDatabase {
  readonly pglite: PGlite;
  readonly db: Kysely<Database>;
  freshSchema(): Promise<string>;
  close(): Promise<void>;
}

let schemaCounter = 0;

export async function createTestDatabase(): Promise<TestDatabase> {
  const pglite = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    pglite,
    db,
    async freshSchema() {
      schemaCounter += 1;
      const name = `test_${process.pid}_${schemaCounter}`;
      await sql.raw(`CREATE SCHEMA ${name}`).execute(db);
      await sql.raw(`SET search_path TO ${name}, public`).execute(db);
      await migrateToLatest(db as Kysely<unknown>, { schema: name });
      return name;
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
