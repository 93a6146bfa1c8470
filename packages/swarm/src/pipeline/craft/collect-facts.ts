import type { CompanyProfile } from '../../domain/company.js';
import type { Evidence } from '../../domain/evidence.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { CraftLead } from './craft-input.js';

/** Personalisation facts by evidence kind (`company.industry`, `signal.hiring`, …). */
export interface CraftFacts {
  byKind: ReadonlyMap<string, Evidence>;
  /** The most relevant signal of each kind (dated and newest first), for wording. */
  signalByKind: ReadonlyMap<string, IntentSignal>;
}

/**
 * Gathers the facts a draft may use: derived from the lead record, the company profile and the intent
 * signals, then overridden by explicitly supplied evidence of the same kind (enrichment and research
 * output is fresher and carries its own source). Derived facts are dated with `lead.updatedAt`;
 * signal facts with the signal date (undated ones with `lead.updatedAt`).
 */
export function collectFacts(
  lead: CraftLead,
  company: CompanyProfile,
  signals: readonly IntentSignal[],
  evidence: readonly Evidence[],
): CraftFacts {
  const byKind = new Map<string, Evidence>();
  const observedAt = lead.updatedAt.toISOString();
  const add = (kind: string, value: string | number | null | undefined, source: string): void => {
    if (value === null || value === undefined) return;
    const text = String(value).trim();
    if (text) byKind.set(kind, { kind, value: text, source, observedAt });
  };
  const companySource = company.domain ? `company-profile:${company.domain}` : 'company-profile';
  add('lead.firstName', lead.firstName, lead.source);
  add('lead.title', lead.title, lead.source);
  add('company.name', company.name ?? lead.companyName, company.name ? companySource : lead.source);
  add('company.industry', company.industry ?? lead.industry, company.industry ? companySource : lead.source);
  add('company.description', company.description, companySource);
  add('company.city', company.city ?? lead.city, company.city ? companySource : lead.source);
  add('company.employeeCount', company.employeeCount ?? lead.employeeCount, companySource);

  const signalByKind = new Map<string, IntentSignal>();
  for (const signal of signals) {
    const current = signalByKind.get(signal.kind);
    if (!current || (signal.date ?? '') > (current.date ?? '')) signalByKind.set(signal.kind, signal);
  }
  for (const [kind, signal] of signalByKind) {
    const value = `${kind}${signal.detail ? `: ${signal.detail}` : ''}${signal.date ? ` (${signal.date})` : ' (undated)'}`;
    byKind.set(`signal.${kind}`, {
      kind: `signal.${kind}`,
      value,
      source: signal.source,
      observedAt: signal.date ? `${signal.date}T00:00:00.000Z` : observedAt,
    });
  }
  for (const item of evidence) if (item.value.trim()) byKind.set(item.kind, item);
  return { byKind, signalByKind };
}
