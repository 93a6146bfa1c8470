/**
 * Shortens `text` to at most `maxCharacters` code points, ending with `…` when cut. Counts code
 * points (not UTF-16 units) so an emoji or accented letter is never split in half. Whitespace is
 * trimmed at the cut.
 *
 * @example truncateText('Hello world', 8) // 'Hello w…'
 */
export function truncateText(text: string, maxCharacters: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxCharacters) return text;
  return `${characters
    .slice(0, Math.max(0, maxCharacters - 1))
    .join('')
    .trimEnd()}…`;
}
