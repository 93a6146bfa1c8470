import type { Kysely } from 'kysely';
import type { StoreTransaction } from '../../ports/job-queue.js';
import type { Database } from '../schema.js';

/**
 * The connection a write should use: the caller's open transaction when given (so the write
 * commits together with, e.g., an enqueued job), else the repository's own connection.
 * The store hands out Kysely transactions as {@link StoreTransaction}s; this is the one cast back.
 */
export function bindTransaction(db: Kysely<Database>, transaction: StoreTransaction | undefined): Kysely<Database> {
  return transaction ? (transaction as unknown as Kysely<Database>) : db;
}
