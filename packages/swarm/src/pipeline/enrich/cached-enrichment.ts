import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { PersonFacts } from '../../ports/enrichment-provider.js';

/** The company half of an outcome as stored in the cache (7 days). */
export interface CachedCompany {
  provider: string | null;
  company: Partial<CompanyProfile>;
  signals: readonly IntentSignal[];
}

/** The person half of an outcome as stored in the cache (30 days). */
export interface CachedPerson {
  provider: string | null;
  person: PersonFacts;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads a cached company entry; anything that does not look like one (old format, corruption) is a miss. */
export function readCachedCompany(value: unknown): CachedCompany | null {
  if (!isRecord(value) || !isRecord(value['company']) || !Array.isArray(value['signals'])) return null;
  return value as unknown as CachedCompany;
}

/** Reads a cached person entry; anything else is a miss. */
export function readCachedPerson(value: unknown): CachedPerson | null {
  if (!isRecord(value) || !isRecord(value['person'])) return null;
  return value as unknown as CachedPerson;
}
