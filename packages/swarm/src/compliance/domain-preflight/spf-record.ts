/** An SPF qualifier (RFC 7208 §4.6.2): pass, fail, softfail, neutral. */
export type SpfQualifier = '+' | '-' | '~' | '?';

/** One parsed SPF term (RFC 7208 §4.6.1). `target` is the domain-spec or address, when given. */
export type SpfTerm =
  | { kind: 'mechanism'; qualifier: SpfQualifier; name: SpfMechanismName; target: string | null; text: string }
  | { kind: 'modifier'; name: string; value: string; text: string };

/** Mechanism names of RFC 7208 §5. */
export type SpfMechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

/** A parsed SPF record, or why it is not valid SPF (a permerror under RFC 7208 §4.6). */
export type ParsedSpfRecord = { terms: SpfTerm[] } | { error: string };

const mechanismNames: ReadonlySet<string> = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
/** Mechanisms whose domain-spec is mandatory (`include:`, `exists:`) or an address (`ip4:`, `ip6:`). */
const targetRequired: ReadonlySet<string> = new Set(['include', 'exists', 'ip4', 'ip6']);
const mechanismPattern = /^([+\-~?]?)([a-z0-9]+)(?::([^/\s]+))?(\/\/?\d+(?:\/\/\d+)?)?$/i;
const modifierPattern = /^([a-z][a-z0-9_.-]*)=(.*)$/i;

/**
 * Parses one SPF record text (`v=spf1 …`, RFC 7208 §4.6). Terms are separated by spaces; a mechanism is
 * `[qualifier]name[:target][/cidr]`, a modifier `name=value`. Unknown mechanisms, a missing required
 * target and a repeated `redirect`/`exp` modifier are errors (RFC 7208 §4.6.1, §6). CIDR suffixes are
 * accepted and dropped (they do not change the look-up count).
 */
export function parseSpfRecord(text: string): ParsedSpfRecord {
  const [version, ...rest] = text.trim().split(/ +/);
  if (version?.toLowerCase() !== 'v=spf1') return { error: 'the record does not start with "v=spf1"' };
  const terms: SpfTerm[] = [];
  const seenModifiers = new Set<string>();
  for (const term of rest) {
    const modifier = modifierPattern.exec(term);
    const colon = term.indexOf(':');
    if (modifier && (colon < 0 || term.indexOf('=') < colon)) {
      const name = (modifier[1] as string).toLowerCase();
      if ((name === 'redirect' || name === 'exp') && seenModifiers.has(name)) {
        return { error: `the modifier "${name}=" appears more than once` };
      }
      seenModifiers.add(name);
      terms.push({ kind: 'modifier', name, value: modifier[2] as string, text: term });
      continue;
    }
    const mechanism = mechanismPattern.exec(term);
    const name = mechanism?.[2]?.toLowerCase();
    if (!mechanism || name === undefined || !mechanismNames.has(name)) {
      return { error: `"${term}" is not an SPF mechanism or modifier` };
    }
    const target = mechanism[3] ?? null;
    if (targetRequired.has(name) && target === null) return { error: `"${term}" needs a ":" value` };
    if (name === 'all' && (target !== null || mechanism[4] !== undefined)) return { error: `"${term}" takes no value` };
    const qualifier = (mechanism[1] || '+') as SpfQualifier;
    terms.push({ kind: 'mechanism', qualifier, name: name as SpfMechanismName, target, text: term });
  }
  return { terms };
}
