/**
 * Message-ID handling (threading spec §3.1 "Headers first"): ids keep their `<>`, lose all whitespace and
 * compare exactly. A bare `local@domain` (as SES returns in its SMTP 250 reply) gains brackets.
 */
export function normalizeMessageId(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return null;
  const bracketed = /<[^<>]+>/.exec(compact);
  if (bracketed) return bracketed[0];
  return compact.includes('@') ? `<${compact.replace(/^<|>$/g, '')}>` : null;
}

/** Every `<id>` in a header value, in order (References is oldest first, RFC 5322 §3.6.4). */
export function parseMessageIdList(value: string): string[] {
  const unfolded = value.replace(/\s+/g, ' ');
  const ids: string[] = [];
  for (const match of unfolded.matchAll(/<([^<>]+)>/g)) {
    const id = `<${(match[1] ?? '').replace(/\s+/g, '')}>`;
    if (id !== '<>') ids.push(id);
  }
  return ids;
}

/** Removes duplicates (keeping the first) and the message's own id: a message never parents itself (JWZ). */
export function dedupeReferences(ids: readonly string[], ownId: string | null): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const id of ids) {
    if (id === ownId || seen.has(id)) continue;
    seen.add(id);
    result.push(id);
  }
  return result;
}
