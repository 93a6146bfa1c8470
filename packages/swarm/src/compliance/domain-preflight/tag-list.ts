/**
 * Parses a DKIM/DMARC tag list `v=DKIM1; k=rsa; p=MIIB…` (RFC 6376 §3.2, RFC 7489 §6.4): tags separated
 * by `;`, names lower-cased, whitespace around names and values (and inside base64 values) folded away
 * by the caller where it matters. A repeated tag keeps its first value.
 */
export function parseTagList(text: string): ReadonlyMap<string, string> {
  const tags = new Map<string, string>();
  for (const part of text.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const name = part.slice(0, equals).trim().toLowerCase();
    if (name !== '' && !tags.has(name)) tags.set(name, part.slice(equals + 1).trim());
  }
  return tags;
}
