/**
 * Reads one HTTP header by name, ignoring case (RFC 9110 §5.1: field names are case-insensitive).
 * Frameworks differ in how they case header names, and some hand over repeated headers as an
 * array; repeated values are joined with a space, which is how several signatures per header are
 * written anyway (WH-6). Returns `undefined` when the header is absent or empty.
 */
export function readHeader(headers: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) values.push(...value.filter((item): item is string => typeof item === 'string'));
  }
  const joined = values.join(' ').trim();
  return joined === '' ? undefined : joined;
}
