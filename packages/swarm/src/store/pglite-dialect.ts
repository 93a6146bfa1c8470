import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { CompiledQuery } from 'kysely';
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/**
 * A Kysely dialect for embedded PGlite.
 *
 * Why not an off-the-shelf dialect: PGlite is one connection. Issuing `BEGIN` through `query()`
 * lets any other caller's statement (another repository, pg-boss) land inside our transaction.
 * PGlite's own `transaction()` holds its transaction mutex, and its `query()` waits on that mutex,
 * so bridging Kysely transactions onto `transaction()` keeps them isolated from every other user
 * of the same PGlite instance.
 */
export class PgliteDialect implements Dialect {
  constructor(private readonly client: PGlite) {}

  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.client);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

type Queryable = Pick<PGlite, 'query'> | Transaction;

class PgliteConnection implements DatabaseConnection {
  private transaction: Transaction | null = null;
  private finishTransaction: (() => void) | null = null;
  private transactionSettled: Promise<unknown> | null = null;

  constructor(private readonly client: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const target: Queryable = this.transaction ?? this.client;
    const result = await target.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && affected > 0 ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries; page with LIMIT/keyset instead.');
  }

  async begin(): Promise<void> {
    await new Promise<void>((entered, failed) => {
      this.transactionSettled = this.client
        .transaction(async (transaction) => {
          this.transaction = transaction;
          entered();
          await new Promise<void>((finish) => (this.finishTransaction = finish));
        })
        .catch(failed);
    });
  }

  async commit(): Promise<void> {
    await this.settle();
  }

  async rollback(): Promise<void> {
    await this.transaction?.rollback();
    await this.settle();
  }

  private async settle(): Promise<void> {
    const settled = this.transactionSettled;
    this.finishTransaction?.();
    this.transaction = null;
    this.finishTransaction = null;
    this.transactionSettled = null;
    await settled;
  }
}

class PgliteDriver implements Driver {
  constructor(private readonly client: PGlite) {}

  async init(): Promise<void> {
    await this.client.waitReady;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.client);
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).commit();
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).rollback();
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    // The owner of the PGlite instance closes it; several Kysely instances may share one.
  }
}
