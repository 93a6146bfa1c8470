/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises spreadsheet formulas in one CSV export cell (specs/security.md INJ-8): a value starting
 * with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so Excel, LibreOffice and
 * Google Sheets show it as text. Quoting and delimiters remain the CSV writer's job.
 *
 * @example escapeCsvCell('=HYPERLINK("http://example.com")') // → `'=HYPERLINK("http://example.com")`
 */
export function escapeCsvCell(value: string): string {
  return formulaTriggers.has(value.charAt(0)) ? `'${value}` : value;
}
