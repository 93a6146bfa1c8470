import type { LeadCandidate } from '../../domain/lead.js';

/** The lead data a re-import can update: everything but the row number and the source. */
export type MergeableLeadFields = Omit<LeadCandidate, 'rowNumber' | 'source'>;

const updatableFields = [
  'firstName',
  'lastName',
  'title',
  'seniority',
  'linkedinUrl',
  'phone',
  'companyName',
  'companyDomain',
  'industry',
  'employeeCount',
  'city',
  'state',
  'country',
] as const satisfies readonly (keyof MergeableLeadFields)[];

/**
 * Folds a duplicate into the lead it duplicates (SPEC §3.1 "a re-import updates rather than
 * duplicates"): every field the incoming record has (non-null) replaces the existing value, every field
 * it lacks keeps the existing one, and attributes are merged key by key with the incoming value winning.
 * The identity stays the existing lead's: its email and email key are kept once set (both records share
 * the dedup key), as are everything outside the lead data (row number, source, or a stored lead's id,
 * status, score…). Pure: returns a new object, changes neither input.
 *
 * Works for in-file duplicates (`LeadCandidate`) and against stored leads (`Lead`) alike.
 */
export function mergeLeadCandidates<Existing extends MergeableLeadFields>(
  existing: Existing,
  incoming: MergeableLeadFields,
): Existing {
  const merged: Existing = { ...existing, attributes: { ...existing.attributes, ...incoming.attributes } };
  for (const field of updatableFields) {
    const value = incoming[field];
    if (value !== null) (merged as MergeableLeadFields)[field] = value as never;
  }
  if (existing.emailKey === null && incoming.emailKey !== null) {
    merged.email = incoming.email;
    merged.emailKey = incoming.emailKey;
  }
  return merged;
}
