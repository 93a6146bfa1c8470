/**
 * Cyrillic and Greek letters that render like Latin ones (a subset of Unicode TR39 confusables,
 * lower case; the screen folds case first). Used only on tokens that already mix scripts, so real
 * Cyrillic or Greek words are left alone.
 */
// prettier-ignore
const latinByConfusable: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', һ: 'h', ӏ: 'l', ѵ: 'v', ү: 'y', ա: 'w',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ϲ: 'c', ϳ: 'j', ω: 'w', μ: 'u', ζ: 'z',
};

/** Replaces confusable Cyrillic/Greek letters in `token` with their Latin look-alikes. */
export function foldConfusables(token: string): string {
  let folded = '';
  for (const character of token) folded += latinByConfusable[character.toLowerCase()] ?? character;
  return folded;
}
