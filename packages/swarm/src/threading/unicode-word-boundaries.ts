const wordCharacter = '[\\p{L}\\p{M}\\p{N}_]';
const leadingBoundary = `(?<!${wordCharacter})`;
const trailingBoundary = `(?!${wordCharacter})`;
const anyBoundary = `(?:(?<=${wordCharacter})${trailingBoundary}|${leadingBoundary}(?=${wordCharacter}))`;

function boundaryFor(previous: string, next: string): string {
  // A `\b` before `)`/`|`/end closes a word; one after `(`/`|`/`:`/start opens one. Each side needs a
  // single cheap lookaround; only an ambiguous position pays for the full two-sided test.
  if (next === '' || next === ')' || next === '|' || next === '$') return trailingBoundary;
  if (
    previous === '' ||
    previous === '(' ||
    previous === '|' ||
    previous === ':' ||
    previous === '^' ||
    previous === ' '
  ) {
    return leadingBoundary;
  }
  return anyBoundary;
}

/**
 * Rewrites `\b` in a pattern into a Unicode-aware word boundary. JavaScript's `\b` only knows ASCII word
 * characters even with the `u` flag, so `\bintéressé\b` never matches at the final `é`; the multilingual
 * rules (threading spec §7 rule 6) need letters such as é, ü, ñ, å to count as word characters.
 */
export function withUnicodeWordBoundaries(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const source = pattern.source;
  let rewritten = '';
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      const escaped = source[index + 1] ?? '';
      rewritten += escaped === 'b' ? boundaryFor(source[index - 1] ?? '', source[index + 2] ?? '') : `\\${escaped}`;
      index += 1;
    } else {
      rewritten += character;
    }
  }
  return new RegExp(rewritten, flags);
}
