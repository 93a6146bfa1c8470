/**
 * An email address as leads store and compare it: trimmed and lower-cased, plus-tag kept (SPEC §3.1
 * "lower-case and trim emails"; "canonical email (lower-case; plus-tag kept)"). Lower-casing the local
 * part is a product decision: RFC 5321 lets it be case-sensitive, but no mainstream mailbox provider does.
 */
export function canonicalEmail(email: string): string {
  return email.trim().toLowerCase();
}

const localPartCharacters = /^(?:[a-z0-9!#$%&'*+/=?^_`{|}~.-]|\P{ASCII})+$/iu;
const domainLabel = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|(?:\P{ASCII}|[a-z0-9-])+)$/iu;
const topLevelDomain = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|\p{L}{2,63})$/iu;

/**
 * Why `email` is not a deliverable address, or `null` when its syntax is sound. The rule is the
 * RFC 5322 §3.4.1 `dot-atom` form (no quoted local parts, no IP literals — neither occurs in lead lists),
 * with RFC 6531 non-ASCII characters allowed, RFC 5321 §4.5.3.1 lengths (local part ≤ 64, address
 * ≤ 254), and a domain of RFC 1123 host-name labels that has a dot and an alphabetic top-level domain.
 * Reserved names (RFC 6761 `.test`, RFC 2606 `example.com`) are valid syntax.
 *
 * @param email an address already passed through {@link canonicalEmail}.
 * @example emailSyntaxProblem('double@@example.com') // 'it has more than one "@"'
 */
export function emailSyntaxProblem(email: string): string | null {
  if (/\s/.test(email)) return 'it contains a space';
  const atIndex = email.indexOf('@');
  if (atIndex === -1) return 'it has no "@"';
  if (email.indexOf('@', atIndex + 1) !== -1) return 'it has more than one "@"';
  const localPart = email.slice(0, atIndex);
  const domain = email.slice(atIndex + 1);
  if (localPart === '') return 'it has nothing before the "@"';
  if (domain === '') return 'it has nothing after the "@"';
  if (email.length > 254) return 'it is longer than 254 characters';
  if (localPart.length > 64) return 'the part before the "@" is longer than 64 characters';
  if (localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..')) {
    return 'the part before the "@" starts or ends with a dot, or has two dots in a row';
  }
  if (!localPartCharacters.test(localPart)) return 'the part before the "@" has a character that is not allowed';
  if (domain.endsWith('.')) return 'the domain ends with a dot';
  const labels = domain.split('.');
  if (labels.length < 2) return 'the domain has no dot (expected something like example.com)';
  if (labels.some((label) => label === '')) return 'the domain has two dots in a row or starts with a dot';
  if (labels.some((label) => !domainLabel.test(label) || label.startsWith('-') || label.endsWith('-'))) {
    return 'the domain has a character that is not allowed (letters, digits and inner hyphens only)';
  }
  if (!topLevelDomain.test(labels[labels.length - 1] as string)) return 'the top-level domain is not a word';
  return null;
}
