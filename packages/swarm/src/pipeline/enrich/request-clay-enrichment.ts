import { isCaioError } from '../../domain/errors.js';
import type { ClayEnrichmentRequester, ClayEnrichmentRow } from '../../ports/clay-enrichment-requester.js';
import type { Clock } from '../../ports/clock.js';
import type { PendingEnrichmentRequestStore } from '../../ports/pending-enrichment-request-store.js';
import type { EnrichmentField } from './enrichment-outcome.js';
import { linkedinUrlCorrelationId } from './linkedin-url-correlation-id.js';

/** A lead after the synchronous waterfall, as {@link requestClayEnrichment} sees it. */
export interface ClayEnrichmentCandidate {
  leadId: string;
  linkedinUrl: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  companyDomain: string | null;
  /** Needed fields still empty after the synchronous waterfall (`EnrichmentOutcome.missingFields`). */
  missingFields: readonly EnrichmentField[];
}

/** What {@link requestClayEnrichment} needs. */
export interface RequestClayEnrichmentDependencies {
  pending: PendingEnrichmentRequestStore;
  requester: ClayEnrichmentRequester;
  clock: Clock;
  /** At most this many requests are sent per call (config `clay.maxPerRun`, default 100). */
  maxPerRun: number;
}

/** Per-call counts, plus why the batch stopped early (rate limit, open breaker, bad token). */
export interface ClayEnrichmentRequestReport {
  sent: number;
  /** A pending row already existed (requested earlier, or completed): nothing sent. */
  alreadyRequested: number;
  /** No LinkedIn URL or nothing missing: Clay is not asked. */
  notEligible: number;
  /** Sends that failed definitively; their pending row was withdrawn so a later run asks again. */
  failed: number;
  /** Sends whose outcome is unknown (timeout); the pending row stays so a late callback completes. */
  outcomeUnknown: number;
  /** Eligible leads left for a later run (over `maxPerRun`, or after the batch stopped). */
  deferred: number;
  stoppedBy?: { code: string; retryAfterMs?: number };
}

/** Errors after which the rest of the batch would fail the same way. */
// `policy_refused`: the action gateway said no (e.g. EMERGENCY_STOP) — every later row would be refused too.
const batchStoppingCodes = new Set(['rate_limited', 'circuit_open', 'permission_denied', 'policy_refused']);

/**
 * Asks Clay to enrich leads the synchronous waterfall left incomplete (SPEC §3.2: Clay is
 * asynchronous; its callback is correlated by the hash of the LinkedIn URL). For each lead with a
 * LinkedIn URL and missing fields: records the pending row FIRST (so a fast callback always finds it),
 * and sends only when this call created the row (`recordIfAbsent`) — a repeated or concurrent run
 * never duplicates a pending row nor sends twice.
 *
 * Failure policy: a definite failure (`permission_denied`, `rate_limited`, `vendor_error`,
 * `circuit_open`) withdraws the pending row, so the next run retries the lead; a `timeout` (or an
 * error marked `details.outcomeUnknown`) may have reached Clay, so the row stays pending and a late
 * callback still completes it — that lead is not re-sent. A rate limit, open breaker or bad token
 * stops the batch; the remaining leads are `deferred`.
 */
export async function requestClayEnrichment(
  dependencies: RequestClayEnrichmentDependencies,
  candidates: readonly ClayEnrichmentCandidate[],
): Promise<ClayEnrichmentRequestReport> {
  const report: ClayEnrichmentRequestReport = {
    sent: 0,
    alreadyRequested: 0,
    notEligible: 0,
    failed: 0,
    outcomeUnknown: 0,
    deferred: 0,
  };
  let attempted = 0;
  for (const candidate of candidates) {
    const correlationId = linkedinUrlCorrelationId(candidate.linkedinUrl);
    if (correlationId === null || candidate.linkedinUrl === null || candidate.missingFields.length === 0) {
      report.notEligible += 1;
      continue;
    }
    if (report.stoppedBy || attempted >= dependencies.maxPerRun) {
      report.deferred += 1;
      continue;
    }
    const created = await dependencies.pending.recordIfAbsent({
      provider: 'clay',
      correlationId,
      leadId: candidate.leadId,
      requestedAt: dependencies.clock.now(),
    });
    if (!created) {
      report.alreadyRequested += 1;
      continue;
    }
    attempted += 1;
    const row: ClayEnrichmentRow = {
      correlationId,
      linkedinUrl: candidate.linkedinUrl,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      companyName: candidate.companyName,
      companyDomain: candidate.companyDomain,
    };
    try {
      await dependencies.requester.send(row);
      report.sent += 1;
    } catch (error) {
      if (!isCaioError(error)) throw error;
      if (error.code === 'timeout' || error.details['outcomeUnknown'] === true) {
        report.outcomeUnknown += 1;
        continue;
      }
      await dependencies.pending.withdraw('clay', correlationId);
      report.failed += 1;
      if (batchStoppingCodes.has(error.code)) {
        report.stoppedBy = {
          code: error.code,
          ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
        };
      }
    }
  }
  return report;
}
