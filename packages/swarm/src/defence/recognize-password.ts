import type { PiiMatch } from './pii-type.js';

/**
 * `password: value`, `pwd=value`, `"password": "value"` (JSON), `password is value`. Value forms:
 * a double-quoted string with escapes, a single-quoted string, or a bare token. All bounded.
 */
const keyValuePasswordPattern =
  /(?<![A-Za-z0-9-])(?:pass(?:word|wd|phrase|code)?|pwd|pw|secret|client_secret)(?: (?:for|to|of|on) (?:\S+ ){0,2}?[^\s:=]+)?["']?\s{0,3}(?:[:=]|=>|\bis\b)\s{0,3}(?:"((?:[^"\\\n]|\\.){1,128})"|'([^'\n]{1,128})'|([^\s"',;{}<>]{1,128}))/dgi;

/** URI userinfo `scheme://user:password@host` — the password is the secret (RFC 3986 §3.2.1). */
const uriUserinfoPattern = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:/@]{0,64}:([^\s/@]{1,128})@[\w.-]/dgi;

/** Values that are placeholders or ordinary words, not secrets. */
const placeholderValues = new Set([
  'reset',
  'required',
  'expired',
  'changed',
  'updated',
  'see',
  'none',
  'null',
  'undefined',
  'redacted',
  'hidden',
  'your',
  'the',
  'n/a',
  'tbd',
  'same',
  'empty',
  'blank',
  'incorrect',
  'wrong',
  'invalid',
  'protected',
  'sent',
  'forgotten',
  'manager',
  'policy',
  'strength',
  'strong',
  'weak',
  'field',
  'a',
  'an',
  'not',
  'set',
  'ok',
]);

/** A value counts unless it is a placeholder, masked (`****`), a template (`<…>`, `${…}`) or one ordinary word after "is". */
function isSecretValue(value: string, viaIs: boolean): boolean {
  if (value.length < 4) return false;
  if (placeholderValues.has(value.toLowerCase())) return false;
  if (/^[*x•·.\-_#]+$/i.test(value) || /^(?:\$\{|\{\{|<|%)/.test(value)) return false;
  // "the password is required"-style prose: after "is", demand something a person would not write as a word.
  if (viaIs && /^[A-Za-z]+$/.test(value)) return false;
  return true;
}

function trimSentencePunctuation(value: string): string {
  let trimmed = value;
  for (;;) {
    const opens = trimmed.split('(').length - 1;
    const closes = trimmed.split(')').length - 1;
    if (trimmed.endsWith(')') && closes > opens) trimmed = trimmed.slice(0, -1);
    else if (trimmed.endsWith('.') && trimmed.length > 1) trimmed = trimmed.slice(0, -1);
    else return trimmed;
  }
}

/** Finds passwords in key-value pairs, JSON and URI userinfo (specs/security.md PII-1). The span is the value only. */
export function recognizePassword(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const match of text.matchAll(keyValuePasswordPattern)) {
    const groupIndex = match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3;
    const rawValue = match[groupIndex];
    const rawSpan = match.indices?.[groupIndex];
    if (rawValue === undefined || rawSpan === undefined) continue;
    // A bare value drops sentence punctuation: an unbalanced ")" or a final "." before a space or the end.
    const value = groupIndex === 3 ? trimSentencePunctuation(rawValue) : rawValue;
    const span: [number, number] = [rawSpan[0], rawSpan[0] + value.length];
    if (!isSecretValue(value, /\bis\s*["']?$/i.test(text.slice(match.index, span[0])))) continue;
    matches.push({ type: 'PASSWORD', value, start: span[0], end: span[1] });
  }
  for (const match of text.matchAll(uriUserinfoPattern)) {
    const value = match[1];
    const span = match.indices?.[1];
    if (value === undefined || span === undefined || !isSecretValue(value, false)) continue;
    matches.push({ type: 'PASSWORD', value, start: span[0], end: span[1] });
  }
  return matches;
}
