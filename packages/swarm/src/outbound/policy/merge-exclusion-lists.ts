import type { ExclusionLists } from './validate-exclusion-lists.js';

/**
 * Joins exclusion lists from several places (the config file's `outbound.exclusions` and the database's
 * `exclusion_entries`) into one for {@link validateExclusionLists}; duplicates are harmless there, but
 * removed here so the compiled sets stay small.
 */
export function mergeExclusionLists(...lists: readonly ExclusionLists[]): ExclusionLists {
  const union = (pick: (list: ExclusionLists) => readonly string[]) => [...new Set(lists.flatMap(pick))];
  return {
    customerDomains: union((list) => list.customerDomains),
    competitorDomains: union((list) => list.competitorDomains),
    emails: union((list) => list.emails),
  };
}
