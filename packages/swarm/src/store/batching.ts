/** Rows per multi-row statement: well under PostgreSQL's 65 535 bind parameters for our widest table. */
export const rowsPerStatement = 500;

/** Splits `items` into consecutive chunks of at most `size`. */
export function chunked<T>(items: readonly T[], size: number = rowsPerStatement): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
