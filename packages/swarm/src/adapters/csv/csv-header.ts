/**
 * Column names from a CSV header row, made unique so every field keeps its own key: names are trimmed,
 * an empty name becomes `column N` (1-based position), and a repeated name gets ` (2)`, ` (3)`… so no
 * column's value is overwritten by another's. A column literally named `__proto__` becomes
 * `__proto__ (column N)`, because that key cannot be stored as a plain object property.
 */
export function uniqueCsvHeaders(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((rawName, index) => {
    const trimmed = rawName.trim();
    const position = `column ${index + 1}`;
    const base = trimmed === '' ? position : trimmed === '__proto__' ? `__proto__ (${position})` : trimmed;
    let name = base;
    for (let copy = 2; seen.has(name); copy += 1) name = `${base} (${copy})`;
    seen.add(name);
    return name;
  });
}
