import { basename } from 'node:path';
import { normaliseDomain } from '../pipeline/segment/domain-matcher.js';
import type { ExclusionEntry, ExclusionKind } from '../ports/exclusion-list-store.js';
import {
  column,
  emailOrRejection,
  hasColumn,
  listImportReport,
  missingColumn,
  readCsvRows,
  rejectedRow,
  type ListImportReport,
  type ListImportRowResult,
  type ListImportStores,
} from './list-import-rows.js';

const kindAliases: Readonly<Record<string, ExclusionKind>> = {
  customer: 'customer_domain',
  customer_domain: 'customer_domain',
  competitor: 'competitor_domain',
  competitor_domain: 'competitor_domain',
};

/**
 * `caio exclude import <csv> [--kind customer|competitor]` (SPEC §3.7 exclusion lists): each row's
 * `domain` becomes a customer or competitor domain entry (kind from the row's `kind` column, else
 * `defaultKind`), normalised to a lower-case host — URLs stripped to their host, `www.` dropped — which
 * excludes that host and every subdomain; each row's `email` becomes an address entry (canonicalised).
 * A row with both yields two results. Optional `note` is stored. Source: `import:<file name>`.
 *
 * @throws CaioError `input_invalid` when the file cannot be read or has neither a `domain` nor an `email` column.
 */
export async function importExclusionCsv(
  file: string,
  options: { defaultKind?: 'customer' | 'competitor' },
  stores: Pick<ListImportStores, 'exclusions'>,
): Promise<ListImportReport> {
  const rows = await readCsvRows(file);
  if (rows.length > 0 && !hasColumn(rows, 'domain') && !hasColumn(rows, 'email')) {
    throw missingColumn(file, 'a "domain" or "email" column');
  }
  const source = `import:${basename(file)}`;
  const results: (ListImportRowResult | { row: number; entry: ExclusionEntry })[] = [];
  for (const row of rows) {
    if ('error' in row) {
      results.push(rejectedRow(row.row, row.error));
      continue;
    }
    const domain = column(row.fields, 'domain');
    const email = column(row.fields, 'email');
    const note = column(row.fields, 'note') || null;
    if (domain === '' && email === '') {
      results.push(rejectedRow(row.row, 'both the domain and the email column are empty'));
      continue;
    }
    if (domain !== '')
      results.push(domainEntry(row.row, domain, column(row.fields, 'kind'), options.defaultKind, { source, note }));
    if (email !== '') {
      const parsed = emailOrRejection(row.row, email);
      results.push(
        'emailKey' in parsed
          ? { row: row.row, entry: { kind: 'email', value: parsed.emailKey, source, note } }
          : parsed,
      );
    }
  }
  const entries = results.flatMap((item) => ('entry' in item ? [item.entry] : []));
  const { added } = await stores.exclusions.addMany(entries);
  // The first row carrying a newly stored (kind, value) is the accepted one; any repeat is a duplicate.
  const newKeys = new Set(added.map((entry) => `${entry.kind}:${entry.value}`));
  return listImportReport(
    file,
    results.map((item) => {
      if (!('entry' in item)) return item;
      const isNew = newKeys.delete(`${item.entry.kind}:${item.entry.value}`);
      return {
        row: item.row,
        status: isNew ? 'accepted' : 'duplicate',
        value: item.entry.value,
        kind: item.entry.kind,
      };
    }),
  );
}

function domainEntry(
  row: number,
  raw: string,
  rowKind: string,
  defaultKind: 'customer' | 'competitor' | undefined,
  fields: { source: string; note: string | null },
): ListImportRowResult | { row: number; entry: ExclusionEntry } {
  const kindText = rowKind.toLowerCase() || defaultKind;
  if (kindText === undefined)
    return rejectedRow(row, `no kind for "${raw}"; add a kind column (customer or competitor) or pass --kind`);
  const kind = kindAliases[kindText];
  if (kind === undefined) return rejectedRow(row, `kind "${rowKind}" is not customer or competitor`);
  const host = normaliseDomain(raw);
  if (host === null || !host.includes('.') || raw.includes('@'))
    return rejectedRow(row, `"${raw}" is not a domain name or URL`);
  return { row, entry: { kind, value: host, ...fields } };
}
