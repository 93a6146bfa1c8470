import { z } from 'zod';
import type { Clock } from '../../ports/clock.js';
import type { PersonFacts } from '../../ports/enrichment-provider.js';
import type { PendingEnrichmentStore } from '../../ports/pending-enrichment-store.js';
import { linkedinUrlCorrelationId } from './linkedin-url-correlation-id.js';

const nullableText = z.string().trim().min(1).nullish();

/**
 * The Clay enrichment callback body (our contract for Clay's "HTTP API" action, docs/inbound.md):
 * `{ type: 'enrichment_result', linkedinUrl, person?: {...}, company?: {...} }`. Lenient with extra
 * fields (STYLE.md §5); every enriched field optional.
 */
export const clayEnrichmentCallbackSchema = z.looseObject({
  type: z.literal('enrichment_result'),
  linkedinUrl: z.string().min(1),
  person: z
    .looseObject({
      title: nullableText,
      seniority: nullableText,
      email: nullableText,
      phone: nullableText,
      city: nullableText,
      state: nullableText,
      country: nullableText,
    })
    .optional(),
  company: z
    .looseObject({
      domain: nullableText,
      name: nullableText,
      industry: nullableText,
      employeeCount: z.number().int().nonnegative().nullish(),
    })
    .optional(),
});

/** A parsed Clay enrichment callback. */
export type ClayEnrichmentCallback = z.infer<typeof clayEnrichmentCallbackSchema>;

/** What {@link completeClayEnrichment} needs. */
export interface CompleteClayEnrichmentDependencies {
  pending: PendingEnrichmentStore;
  clock: Clock;
  /** Stores the result on the lead (enrichment record, provider `clay`) — called at most once per pending row. */
  applyResult: (
    leadId: string,
    result: { person: PersonFacts; company: ClayEnrichmentCallback['company'] },
  ) => Promise<void>;
}

/** Outcome: completed for a lead, or why nothing happened (no pending request, or already completed). */
export type ClayEnrichmentCompletion =
  | { outcome: 'completed'; leadId: string; correlationId: string }
  | { outcome: 'no_pending_enrichment'; correlationId: string | null };

/**
 * Completes an asynchronous Clay enrichment from its callback (SPEC §3.2): correlates the callback to
 * the pending request by the hash of its LinkedIn URL ({@link linkedinUrlCorrelationId}), claims the
 * pending row exactly once (`PendingEnrichmentStore.complete`), then applies the person/company facts
 * to that lead. A callback for an unknown or already completed correlation id changes nothing, so
 * repeated deliveries have one effect (WH-4).
 */
export async function completeClayEnrichment(
  dependencies: CompleteClayEnrichmentDependencies,
  callback: ClayEnrichmentCallback,
): Promise<ClayEnrichmentCompletion> {
  const correlationId = linkedinUrlCorrelationId(callback.linkedinUrl);
  if (correlationId === null) return { outcome: 'no_pending_enrichment', correlationId };
  const claimed = await dependencies.pending.complete('clay', correlationId, dependencies.clock.now());
  if (!claimed) return { outcome: 'no_pending_enrichment', correlationId };
  await dependencies.applyResult(claimed.leadId, { person: { ...callback.person }, company: callback.company });
  return { outcome: 'completed', leadId: claimed.leadId, correlationId };
}
