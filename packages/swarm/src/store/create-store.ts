import type { Kysely } from 'kysely';
import type { StoreTransaction } from '../ports/job-queue.js';
import type { Repositories, Store } from '../ports/pipeline-store.js';
import { createApprovalRepository } from './repositories/approval-repository.js';
import { createAuditRepository } from './repositories/audit-repository.js';
import { createCompanyRepository } from './repositories/company-repository.js';
import { createDraftRepository } from './repositories/draft-repository.js';
import { createEnrichmentRepository } from './repositories/enrichment-repository.js';
import { createLeadRepository } from './repositories/lead-repository.js';
import { createOutboxRepository } from './repositories/outbox-repository.js';
import { createRejectionMemoryRepository } from './repositories/rejection-memory-repository.js';
import { createScoreRepository } from './repositories/score-repository.js';
import { createSuppressionRepository } from './repositories/suppression-repository.js';
import type { Database } from './schema.js';

function bindRepositories(db: Kysely<Database>, suppressionSalt: string): Repositories {
  return {
    leads: createLeadRepository(db),
    companies: createCompanyRepository(db),
    enrichment: createEnrichmentRepository(db),
    scores: createScoreRepository(db),
    drafts: createDraftRepository(db),
    approvals: createApprovalRepository(db),
    outbox: createOutboxRepository(db),
    rejectionMemory: createRejectionMemoryRepository(db),
    suppression: createSuppressionRepository(db, suppressionSalt),
    audit: createAuditRepository(db),
  };
}

/**
 * The store behind the {@link Store} port. `transaction` binds every repository to one Kysely
 * transaction and hands it out as the opaque {@link StoreTransaction} the job queue joins.
 */
export function createStore(db: Kysely<Database>, options: { suppressionSalt: string }): Store {
  return {
    ...bindRepositories(db, options.suppressionSalt),
    transaction: (work) =>
      db
        .transaction()
        .execute((transaction) =>
          work(bindRepositories(transaction, options.suppressionSalt), transaction as unknown as StoreTransaction),
        ),
  };
}
