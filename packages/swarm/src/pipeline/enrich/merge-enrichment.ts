import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { PersonFacts } from '../../ports/enrichment-provider.js';
import type { EnrichmentField } from './enrichment-outcome.js';

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    value === 'unknown' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Fills the empty fields of `target` (mutated; a fresh working copy) from `source`; filled fields stay. */
export function fillCompanyGaps(target: CompanyProfile, source: Partial<CompanyProfile>): void {
  const writable = target as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (!isEmpty(value) && isEmpty(writable[key]))
      writable[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
}

/** Fills the empty fields of `target` (mutated; a fresh working copy) from `source`. */
export function fillPersonGaps(target: PersonFacts, source: PersonFacts): void {
  const writable = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source))
    if (!isEmpty(value) && isEmpty(writable[key])) writable[key] = value;
}

/** Appends signals not already present (same kind, date and detail). */
export function appendSignals(target: IntentSignal[], source: readonly IntentSignal[]): void {
  for (const signal of source) {
    if (
      !target.some(
        (known) => known.kind === signal.kind && known.date === signal.date && known.detail === signal.detail,
      )
    )
      target.push(signal);
  }
}

/** The needed fields that are still empty. */
export function missingFields(
  company: CompanyProfile,
  person: PersonFacts,
  needed: readonly EnrichmentField[],
): EnrichmentField[] {
  return needed.filter((field) => {
    const [scope, key] = field.split('.') as ['company' | 'person', string];
    const holder = (scope === 'company' ? company : person) as unknown as Record<string, unknown>;
    return isEmpty(holder[key]);
  });
}
