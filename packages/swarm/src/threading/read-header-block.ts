/**
 * Reads an RFC 5322 header block from the start of `text` (up to the first blank line): names lower-cased,
 * folded lines joined, values raw. Stops at the first line that is neither a header nor a continuation, so
 * it is safe on returned originals pasted into plain-text bounces.
 */
export function readHeaderBlock(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let lastName: string | null = null;
  for (const line of text.split(/\r?\n|\r/).slice(0, 500)) {
    if (line.trim() === '') break;
    if (/^[ \t]/.test(line) && lastName !== null) {
      const values = headers.get(lastName) ?? [];
      values[values.length - 1] = `${values.at(-1) ?? ''} ${line.trim()}`;
      continue;
    }
    const match = /^([!-9;-~]+):[ \t]?(.*)$/.exec(line);
    if (!match) break;
    lastName = (match[1] ?? '').toLowerCase();
    const values = headers.get(lastName) ?? [];
    values.push((match[2] ?? '').trim());
    headers.set(lastName, values);
  }
  return headers;
}
