/**
 * All values of one header field in RFC 5322 source, unfolded (RFC 5322 §2.2.3) and trimmed, in the
 * order they appear; `[]` when the field is absent. Reads only the header block (up to the first
 * empty line), so a body line that looks like a header never counts. `name` is case-insensitive.
 *
 * @example readHeaderValues('Message-ID: <a@example.com>\r\n\r\nbody', 'message-id') // ['<a@example.com>']
 */
export function readHeaderValues(raw: string, name: string): string[] {
  const end = raw.search(/\r?\n\r?\n/);
  const headerBlock = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const line of headerBlock.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    if (line.slice(0, colon).trim().toLowerCase() === wanted) values.push(line.slice(colon + 1).trim());
  }
  return values;
}
