/**
 * The form place names (countries, states, cities) are compared in: Unicode NFD with diacritics
 * removed, trimmed, lower-cased, inner whitespace collapsed to one space — so `Österreich `,
 * `osterreich` and `OSTERREICH` match. Shared by the geo adapter and the compliance slice, which may
 * not import each other (ARCHITECTURE.md dependency rule).
 */
export function foldPlaceName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
