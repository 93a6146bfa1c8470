import type { Kysely } from 'kysely';
import type { InboundEventProcessingDependencies } from '../inbound/index.js';
import {
  clayCallbackEnrichmentRecord,
  clayEnrichmentCallbackSchema,
  completeClayEnrichment,
} from '../pipeline/enrich/index.js';
import type { Clock } from '../ports/clock.js';
import { createEnrichmentRepository } from '../store/repositories/enrichment-repository.js';
import { createPendingEnrichmentStore } from '../store/repositories/pending-enrichment-repository.js';
import type { Database } from '../store/schema.js';

/**
 * The `inbound-event` job's handler for stored Clay enrichment callbacks (SPEC §3.2): parses the
 * callback, claims the pending enrichment by LinkedIn-URL hash and appends the `clay` enrichment
 * record — claim and apply in ONE transaction, so a crash between them cannot complete a pending row
 * without its result. An unmatched callback answers `no_pending_enrichment:<correlation id>` (or
 * `:no_linkedin_url`), which the job records on the delivery row.
 */
export function createClayEnrichmentCompletion(
  db: Kysely<Database>,
  clock: Clock,
): NonNullable<InboundEventProcessingDependencies['completeEnrichmentResult']> {
  return async (stored) => {
    const callback = clayEnrichmentCallbackSchema.parse(stored);
    const completion = await db.transaction().execute(async (transaction) => {
      const enrichment = createEnrichmentRepository(transaction);
      return completeClayEnrichment(
        {
          pending: createPendingEnrichmentStore(transaction),
          clock,
          applyResult: async (leadId, result) => {
            const previous = await enrichment.latestForLead(leadId);
            await enrichment.recordMany([clayCallbackEnrichmentRecord(previous, leadId, result, clock.now())]);
          },
        },
        callback,
      );
    });
    if (completion.outcome === 'completed') return { completed: true };
    return { completed: false, reason: `no_pending_enrichment:${completion.correlationId ?? 'no_linkedin_url'}` };
  };
}
