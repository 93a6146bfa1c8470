import { leadHeaderAliases, normaliseHeaderName, type LeadColumnField } from './lead-header-aliases.js';

/**
 * Which original headers feed which lead field, computed once per file by {@link buildLeadHeaderMap} so
 * that mapping a row is only lookups (this runs on 100k-row files).
 */
export interface LeadHeaderMap {
  /** For each mapped field, its source headers (exact original spelling) in priority order. */
  readonly columns: Readonly<Partial<Record<LeadColumnField, readonly string[]>>>;
  /** Headers no alias matched; their values go to `attributes` under these names. */
  readonly unknownHeaders: readonly string[];
  /** How many headers the map was built from; lets callers notice a record with another shape. */
  readonly headerCount: number;
}

const fieldByAlias: ReadonlyMap<string, { field: LeadColumnField; priority: number }> = new Map(
  (Object.entries(leadHeaderAliases) as [LeadColumnField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias, priority) => [alias, { field, priority }] as const),
  ),
);

/**
 * Maps a file's headers to lead fields by alias after lower-casing and dropping non-alphanumerics
 * (SPEC §3.1). Works for snake_case exports (`first_name`, `company_domain`) and Apollo's own headers
 * ("First Name", "# Employees") alike. Headers that match no alias are kept as unknown, verbatim.
 *
 * @example buildLeadHeaderMap(['First Name', 'Email', 'Favourite Colour'])
 *   // columns: { firstName: ['First Name'], email: ['Email'] }, unknownHeaders: ['Favourite Colour']
 */
export function buildLeadHeaderMap(headers: readonly string[]): LeadHeaderMap {
  const matches = new Map<LeadColumnField, { header: string; priority: number; position: number }[]>();
  const unknownHeaders: string[] = [];
  headers.forEach((header, position) => {
    const match = fieldByAlias.get(normaliseHeaderName(header));
    if (match === undefined) {
      unknownHeaders.push(header);
      return;
    }
    const list = matches.get(match.field) ?? [];
    list.push({ header, priority: match.priority, position });
    matches.set(match.field, list);
  });
  const columns: Partial<Record<LeadColumnField, readonly string[]>> = {};
  for (const [field, list] of matches) {
    list.sort((left, right) => left.priority - right.priority || left.position - right.position);
    columns[field] = list.map((entry) => entry.header);
  }
  return { columns, unknownHeaders, headerCount: headers.length };
}
