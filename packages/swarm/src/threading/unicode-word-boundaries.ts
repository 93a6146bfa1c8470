const wordCharacter = '[\\p{L}\\p{M}\\p{N}_]';
const unicodeBoundary = `(?:(?<=${wordCharacter})(?!${wordCharacter})|(?<!${wordCharacter})(?=${wordCharacter}))`;

/**
 * Rewrites `\b` in a pattern into a Unicode-aware word boundary. JavaScript's `\b` only knows ASCII word
 * characters even with the `u` flag, so `\bintéressé\b` never matches at the final `é`; the multilingual
 * rules (threading spec §7 rule 6) need letters such as é, ü, ñ, å to count as word characters.
 */
export function withUnicodeWordBoundaries(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  // Only a `\b` that is not itself escaped (`\\b` is a literal backslash followed by b).
  const source = pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${unicodeBoundary}`);
  return new RegExp(source, flags);
}
