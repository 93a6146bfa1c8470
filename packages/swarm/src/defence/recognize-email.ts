import type { PiiMatch } from './pii-type.js';
import { textBefore } from './pii-context.js';

/**
 * Local part ≤ 64 characters, up to 8 labels of ≤ 63 characters, alphabetic TLD of 2–24 (RFC 5321
 * §4.5.3.1 limits). Every quantifier is bounded and labels cannot contain the dot that ends them, so
 * the pattern runs in linear time (PII-4). The look-behind stops a match from starting inside a
 * longer token (`@scope/pkg`, `pkg@1.2.3`, paths).
 */
const emailPattern =
  /(?<![\p{L}\p{N}_.%+\-/@])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}_-])/gu;

/**
 * True when the candidate is the password half of URL userinfo (`scheme://user:pass@host` or a bare
 * `user:pass@host`), which specs/security.md PII-1 says must not count as an email. `mailto:` is the
 * one scheme whose `:` is followed by an address.
 */
function isUrlUserinfo(text: string, start: number): boolean {
  if (text[start - 1] !== ':') return false;
  const before = textBefore(text, start - 1, 6);
  if (before.endsWith('mailto')) return false;
  return true;
}

/** Finds email addresses, including reserved domains such as `.test`, `.example` and `example.com` (PII-1). */
export function recognizeEmail(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const match of text.matchAll(emailPattern)) {
    const value = match[0];
    const start = match.index;
    if (value.startsWith('.') || value.includes('..') || value.includes('.@') || value.includes('@-')) continue;
    if (isUrlUserinfo(text, start)) continue;
    matches.push({ type: 'EMAIL', value, start, end: start + value.length });
  }
  return matches;
}
