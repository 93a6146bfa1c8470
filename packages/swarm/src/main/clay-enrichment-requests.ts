import { gateClayRequester, type ActionGateway } from '../guardrails/index.js';
import { createClayEnrichmentRequester } from '../adapters/clay/index.js';
import type { ClayConfig } from '../config/clay-schema.js';
import type { Lead } from '../domain/lead.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import {
  defaultNeededFields,
  requestClayEnrichment,
  type ClayEnrichmentCandidate,
  type ClayEnrichmentRequestReport,
  type EnrichmentField,
} from '../pipeline/enrich/index.js';
import type { ClayEnrichmentRequester } from '../ports/clay-enrichment-requester.js';
import type { Clock } from '../ports/clock.js';
import type { EnrichmentRecord, Store } from '../ports/pipeline-store.js';
import type { OpenDatabase } from '../store/open-database.js';
import { createPendingEnrichmentRequestStore } from '../store/repositories/pending-enrichment-request-repository.js';

/**
 * The part of `System` {@link requestClayEnrichments} reads. `config.clay` is the `clay:` section
 * (`clayConfigSchema`) and `config.clayWebhookToken` the value of `readClayToken(env)`, once the
 * integrator adds both to `ResolvedConfig`; until then pass them structurally.
 */
export interface ClayEnrichmentRequestSystem {
  readonly config: { readonly clay: ClayConfig; readonly clayWebhookToken?: string | undefined };
  readonly database: Pick<OpenDatabase, 'db'>;
  readonly store: Pick<Store, 'leads' | 'enrichment'>;
  readonly clock: Clock;
  /** When present (a real system), every row sent passes it as `ENRICHER.request_enrichment`. */
  readonly gateway?: ActionGateway;
}

/** Test seams: the fetch to use, or a whole requester; the fields that count as "missing". */
export interface ClayEnrichmentRequestOptions {
  fetch?: typeof globalThis.fetch;
  requester?: ClayEnrichmentRequester;
  /** Default `defaultNeededFields` (company industry and employee count, SPEC §3.3). */
  neededFields?: readonly EnrichmentField[];
  /** Rows this call may send; default `clay.maxPerRun` (a multi-page run passes what is left). */
  maxPerRun?: number;
}

/** Why nothing was sent, or the use case's report. */
export type ClayEnrichmentRequestsResult = { skipped: 'not_configured' } | ClayEnrichmentRequestReport;

/** A needed field is missing when neither the latest enrichment record nor the lead row has a value. */
function missingFieldsOf(
  lead: Lead,
  latest: EnrichmentRecord | null,
  needed: readonly EnrichmentField[],
): EnrichmentField[] {
  const leadValues = lead as unknown as Record<string, unknown>;
  return needed.filter((field) => {
    const [section, key] = field.split('.') as ['company' | 'person', string];
    const enriched = latest ? (latest[section] as Record<string, unknown>)[key] : undefined;
    const value = enriched ?? leadValues[key];
    return value === undefined || value === null || value === '';
  });
}

/**
 * The Clay table-webhook requester for a system, or null when `clay.tableWebhookUrl` is unset. Clay
 * calls get their own breaker and the SPEC §10 30 s timeout; build it once per run so every page of a
 * run shares that breaker.
 */
export function clayRequesterFor(
  system: Pick<ClayEnrichmentRequestSystem, 'config' | 'clock'>,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): ClayEnrichmentRequester | null {
  const url = system.config.clay.tableWebhookUrl;
  if (!url) return null;
  return createClayEnrichmentRequester({
    tableWebhookUrl: url,
    token: system.config.clayWebhookToken,
    fetch,
    clock: system.clock,
    resilientCall: createResilientCall({
      breaker: createCircuitBreaker({ name: 'clay', clock: system.clock }),
      timeoutMs: 30_000,
    }),
  });
}

/**
 * Asks Clay to enrich the given leads after a pipeline run (SPEC §3.2): loads each lead and its
 * latest enrichment record, and for leads with a LinkedIn URL and still-missing fields records a
 * `pending_enrichments` row and POSTs the row to `clay.tableWebhookUrl` (see `requestClayEnrichment`
 * for the idempotency and failure policy). The Clay callback to `/webhooks/clay` completes it.
 * Without `options.requester`, one is built with {@link clayRequesterFor}. Unknown lead ids are ignored.
 *
 * @returns `{ skipped: 'not_configured' }` when `clay.tableWebhookUrl` is unset, else the report.
 */
export async function requestClayEnrichments(
  system: ClayEnrichmentRequestSystem,
  leadIds: readonly string[],
  options: ClayEnrichmentRequestOptions = {},
): Promise<ClayEnrichmentRequestsResult> {
  const settings = system.config.clay;
  const requester = options.requester ?? clayRequesterFor(system, options.fetch);
  if (!requester) return { skipped: 'not_configured' };
  const needed = options.neededFields ?? defaultNeededFields;
  const candidates: ClayEnrichmentCandidate[] = [];
  for (const leadId of leadIds) {
    const lead = await system.store.leads.findById(leadId);
    if (!lead) continue;
    const latest = await system.store.enrichment.latestForLead(leadId);
    candidates.push({
      leadId,
      linkedinUrl: lead.linkedinUrl,
      firstName: lead.firstName,
      lastName: lead.lastName,
      companyName: latest?.company.name ?? lead.companyName,
      companyDomain: latest?.company.domain ?? lead.companyDomain,
      missingFields: missingFieldsOf(lead, latest, needed),
    });
  }
  return requestClayEnrichment(
    {
      pending: createPendingEnrichmentRequestStore(system.database.db),
      requester: system.gateway ? gateClayRequester(requester, system.gateway, 'system:clay') : requester,
      clock: system.clock,
      maxPerRun: options.maxPerRun ?? settings.maxPerRun,
    },
    candidates,
  );
}
