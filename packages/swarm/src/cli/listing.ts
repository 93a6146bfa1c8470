import Table from 'cli-table3';

/** The `--json` shape of every listing command: `{ items, total, nextCursor }`. */
export interface Listing<Item> {
  items: Item[];
  total: number;
  nextCursor: string | null;
}

/** Renders rows as a plain table for a terminal; `columns` picks and orders the fields. */
export function formatTable(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const table = new Table({ head: [...columns], style: { head: [], border: [] } });
  for (const row of rows) table.push(columns.map((column) => formatCell(row[column])));
  return table.toString();
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The footer line under a table: how many shown of how many, and how to get the next page. */
export function pageFooter(listing: Listing<unknown>): string {
  const next = listing.nextCursor ? ` — next page: --cursor ${listing.nextCursor}` : '';
  return `${listing.items.length} of ${listing.total}${next}`;
}
