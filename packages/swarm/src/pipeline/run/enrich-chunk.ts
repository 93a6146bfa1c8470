import type { CompanyProfile } from '../../domain/company.js';
import type { Evidence } from '../../domain/evidence.js';
import type { AuditEvent } from '../../ports/audit-log.js';
import type { EnrichmentRecord, LeadProgress } from '../../ports/pipeline-store.js';
import type { EnrichmentOutcome } from '../enrich/index.js';
import { internalAuditEvent } from './internal-audit.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';
import type { StageMeter } from './stage-meter.js';
import { recordStageError } from './stage-meter.js';
import type { WorkingLead } from './working-lead.js';

function companyFromOutcome(working: WorkingLead, outcome: EnrichmentOutcome): CompanyProfile {
  const lead = working.lead;
  const company = outcome.company;
  return {
    ...company,
    domain: company.domain ?? lead.companyDomain,
    name: company.name ?? lead.companyName,
    industry: company.industry ?? lead.industry,
    employeeCount: company.employeeCount ?? lead.employeeCount,
    city: company.city ?? lead.city,
    country: company.country ?? lead.country,
  };
}

function evidenceFromOutcome(outcome: EnrichmentOutcome, observedAt: string): Evidence[] {
  const source = outcome.provider ?? 'csv';
  const facts: Evidence[] = [];
  const company = outcome.company;
  if (company.industry) facts.push({ kind: 'company.industry', value: company.industry, source, observedAt });
  if (company.description) facts.push({ kind: 'company.description', value: company.description, source, observedAt });
  if (company.city) facts.push({ kind: 'company.city', value: company.city, source, observedAt });
  for (const signal of outcome.signals) {
    facts.push({
      kind: `signal.${signal.kind}`,
      value: signal.detail ?? signal.kind,
      source: signal.source,
      observedAt: signal.date ?? observedAt,
    });
  }
  return facts;
}

/**
 * ENRICHER over one chunk (SPEC §3.2): the waterfall per lead; a lead no provider can enrich
 * continues unenriched with the reason recorded. Writes enrichment history, companies, lead progress
 * and one audit event per lead.
 */
export async function enrichChunk(
  working: WorkingLead[],
  dependencies: PipelineDependencies,
  meter: StageMeter,
  runId: string,
): Promise<void> {
  const { store, enrichment, clock, actor } = dependencies;
  meter.input += working.length;
  const records: EnrichmentRecord[] = [];
  const progress: LeadProgress[] = [];
  const audit: AuditEvent[] = [];
  const now = clock.now();
  for (const item of working) {
    const lead = item.lead;
    try {
      const outcome = await enrichment.enrich({
        leadId: lead.id,
        email: lead.email,
        linkedinUrl: lead.linkedinUrl,
        firstName: lead.firstName,
        lastName: lead.lastName,
        companyName: lead.companyName,
        companyDomain: lead.companyDomain,
        attributes: lead.attributes,
      });
      item.company = companyFromOutcome(item, outcome);
      item.signals = outcome.signals;
      item.evidence = evidenceFromOutcome(outcome, now.toISOString());
      item.enrichmentAttempts += 1;
      const enriched = outcome.provider !== null;
      if (enriched) meter.output += 1;
      records.push({
        leadId: lead.id,
        runId,
        provider: outcome.provider,
        fetchedAt: now,
        fromCache: outcome.fromCache,
        company: item.company,
        person: { ...outcome.person },
        signals: outcome.signals,
        attempts: outcome.attempts,
        skippedReason: outcome.skippedReason ?? null,
      });
      progress.push({
        id: lead.id,
        status: 'enriched',
        enrichmentAttempts: item.enrichmentAttempts,
        enrichedFields: {
          title: outcome.person.title ?? null,
          seniority: outcome.person.seniority ?? null,
          companyDomain: item.company.domain,
        },
      });
      audit.push(
        internalAuditEvent(
          {
            agent: 'ENRICHER',
            action: 'enrich_contact',
            leadId: lead.id,
            outcome: enriched ? 'executed' : 'refused',
            outputSummary: enriched
              ? `provider ${outcome.provider}${outcome.fromCache ? ' (cache)' : ''}; ${outcome.signals.length} signals`
              : `unenriched: ${outcome.skippedReason ?? 'no provider had data'}`,
            reasonCode: enriched ? null : 'not_enriched',
          },
          { at: now, actor, runId },
        ),
      );
    } catch (error) {
      recordStageError(meter, 1, error);
      progress.push({ id: lead.id, status: lead.status, lastError: `enrich: ${(error as Error).message}` });
    }
  }
  await store.enrichment.recordMany(records);
  await store.companies.upsertMany(working.map((item) => item.company).filter((company) => company.domain));
  await store.leads.recordProgress(progress);
  await store.audit.record(audit);
}
