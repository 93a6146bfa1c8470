/** A re-reading of the text that undoes one obfuscation, for the second scan (specs/security.md INJ-3). */
export interface TextVariant {
  technique: 'base64' | 'rot13' | 'reversed' | 'leetspeak' | 'spaced_letters' | 'tag_characters';
  text: string;
}

/** Base64 or base64url runs of at least 24 characters (INJ-3). A single character class: linear. */
const base64RunPattern = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const maximumDecodedRuns = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes base64 runs whose content is mostly printable text; binary blobs (images, hashes) are skipped. */
function decodeBase64Runs(text: string): string[] {
  const decoded: string[] = [];
  for (const match of text.matchAll(base64RunPattern)) {
    if (decoded.length >= maximumDecodedRuns) break;
    let value: string;
    try {
      value = utf8.decode(Buffer.from(match[0], 'base64'));
    } catch {
      continue;
    }
    const printable = value.match(/[\p{L}\p{N}\p{P}\p{Zs}\n]/gu)?.length ?? 0;
    if (value.length >= 8 && printable / value.length >= 0.9 && /(?<![a-z])[a-z]{2,40} [a-z]{2}/i.test(value))
      decoded.push(value);
  }
  return decoded;
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (letter) => {
    const base = letter <= 'Z' ? 65 : 97;
    return String.fromCharCode(((letter.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const leetLetters: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Reads digits and symbols as letters, but only inside words that also contain letters ("1gn0re"). */
function undoLeetspeak(text: string): string {
  return text
    .split(' ')
    .map((token) =>
      /[a-z]/i.test(token) && /[0134571@$!]/.test(token)
        ? token.replace(/[0134571@$!]/g, (c) => leetLetters[c] ?? c)
        : token,
    )
    .join(' ');
}

/** Joins letters written one at a time ("i g n o r e", "i.g.n.o.r.e"); two or more spaces separate words. */
function joinSpacedLetters(text: string): string {
  const words = text.split(/ {2,}|\n/).map((segment) => {
    const tokens = segment.split(' ');
    const singleLetters = tokens.filter((token) => /^\p{L}$/u.test(token)).length;
    const allSingle = singleLetters === tokens.length && singleLetters >= 2;
    const joined = allSingle || (singleLetters >= 4 && singleLetters / tokens.length > 0.6) ? tokens.join('') : segment;
    return joined
      .split(' ')
      .map((token) => (/^(?:\p{L}[.\-_*]){3,}\p{L}[.\-_*]?$/u.test(token) ? token.replace(/[.\-_*]/g, '') : token))
      .join(' ');
  });
  return words.join(' ');
}

/**
 * Builds the second-scan variants of already-normalised text (lower-cased here): decoded base64 runs of
 * ≥ 24 characters, ROT13, reversed text, leetspeak and spaced-out letters, plus any ASCII that was
 * hidden in tag characters (specs/security.md INJ-3). Each variant is linear in the input.
 */
export function hiddenTextVariants(normalized: string, tagPayload: string): TextVariant[] {
  const variants: TextVariant[] = [];
  const scanText = normalized.toLowerCase();
  for (const decoded of decodeBase64Runs(normalized))
    variants.push({ technique: 'base64', text: decoded.toLowerCase() });
  if (tagPayload !== '') variants.push({ technique: 'tag_characters', text: tagPayload.toLowerCase() });
  if (/[a-z]{3}/.test(scanText)) {
    variants.push({ technique: 'rot13', text: rot13(scanText) });
    variants.push({ technique: 'reversed', text: Array.from(scanText).reverse().join('') });
  }
  const leet = undoLeetspeak(scanText);
  if (leet !== scanText) variants.push({ technique: 'leetspeak', text: leet });
  const spaced = joinSpacedLetters(scanText);
  if (spaced !== scanText) variants.push({ technique: 'spaced_letters', text: spaced });
  return variants;
}
