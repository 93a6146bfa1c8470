const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'esq']);

/**
 * Splits a full name into first and last name (SPEC §3.1 "split `name` into first/last when those are
 * missing"): the first word is the first name and the rest the last name ("Jan van der Berg" → "Jan" /
 * "van der Berg"); "Last, First" is understood; a trailing ", Jr." or ", PhD" is dropped. One word gives
 * only a first name. Whitespace runs collapse to one space.
 */
export function splitFullName(fullName: string): { firstName: string | null; lastName: string | null } {
  let text = fullName.trim().replace(/\s+/g, ' ');
  const commaAt = text.indexOf(',');
  if (commaAt !== -1) {
    const before = text.slice(0, commaAt).trim();
    const after = text.slice(commaAt + 1).trim();
    if (nameSuffixes.has(after.toLowerCase().replace(/\./g, ''))) text = before;
    else return { firstName: after || null, lastName: before || null };
  }
  if (text === '') return { firstName: null, lastName: null };
  const spaceAt = text.indexOf(' ');
  if (spaceAt === -1) return { firstName: text, lastName: null };
  return { firstName: text.slice(0, spaceAt), lastName: text.slice(spaceAt + 1) };
}

/**
 * Turns a name typed in ALL CAPITALS into capitalised words ("DANA" → "Dana", "JEAN-LUC O'NEIL" →
 * "Jean-Luc O'Neil") so a greeting does not shout; any name with a lower-case letter is returned
 * unchanged, because its capitals are deliberate ("McDonald", "DeAndre"). Only for person names: titles
 * such as "CEO" are never passed here.
 */
export function calmAllCapsName(name: string): string {
  if (name.toUpperCase() !== name || name.toLowerCase() === name) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_match, boundary: string, letter: string) => {
    return boundary + letter.toUpperCase();
  });
}
