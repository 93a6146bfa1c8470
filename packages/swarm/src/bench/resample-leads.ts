import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * Writes `count` leads resampled from the example file: rows are reused in order, each copy gets a
 * unique plus-tagged email and LinkedIn URL so every row is a distinct lead (the example's deliberate
 * quirks — malformed emails, role accounts — recur at the same rate).
 */
export function writeResampledLeads(exampleCsv: string, count: number, target: string): void {
  const rows = parse(readFileSync(exampleCsv), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const output: Record<string, string>[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = { ...(rows[index % rows.length] as Record<string, string>) };
    const copy = Math.floor(index / rows.length);
    if (copy > 0) {
      const email = row.email ?? '';
      const at = email.indexOf('@');
      if (at > 0) row.email = `${email.slice(0, at)}+c${copy}${email.slice(at)}`;
      if (row.linkedin_url) row.linkedin_url = `${row.linkedin_url}-c${copy}`;
    }
    output.push(row);
  }
  writeFileSync(target, stringify(output, { header: true }));
}
