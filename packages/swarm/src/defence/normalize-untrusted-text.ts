import { foldConfusables } from './confusable-letters.js';

/** Obfuscation techniques found while normalising (specs/security.md INJ-3). */
export type ObfuscationFlag = 'zero_width' | 'bidi_control' | 'tag_characters' | 'variation_selector' | 'mixed_script';

/** The normalised text, what was found, and any ASCII smuggled in Unicode tag characters. */
export interface NormalizedText {
  /** NFKC, invisible and control characters removed, mixed-script tokens folded to Latin. Case is kept. */
  normalized: string;
  flags: ObfuscationFlag[];
  /** Text hidden as tag characters U+E0020–E007E, decoded to ASCII for a second scan ('' when none). */
  tagPayload: string;
}

const zeroWidthPattern = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g;
const bidiControlPattern = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const tagCharacterPattern = /[\u{E0000}-\u{E007F}]/gu;
const variationSelectorPattern = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
/** A word that contains both a Latin letter and a Cyrillic or Greek one — a homoglyph trick. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
const latinPattern = /\p{Script=Latin}/u;
const cyrillicOrGreekPattern = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Normalises untrusted text before screening (specs/security.md INJ-3): strips and flags zero-width
 * and format characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen), bidi controls, variation
 * selectors and the tag block U+E0000–E007F (decoding any ASCII hidden there), applies NFKC, and
 * flags and folds tokens that mix Latin with Cyrillic or Greek. Keep the original for audit. Linear time.
 */
export function normalizeUntrustedText(text: string): NormalizedText {
  const flags: ObfuscationFlag[] = [];
  let tagPayload = '';
  let stripped = text;

  if (stripped.match(zeroWidthPattern) !== null) {
    // Zero-width joiners inside emoji sequences are normal; only flag invisible characters next to letters.
    if (/[\p{L}\p{N}][\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]+[\p{L}\p{N}]/u.test(stripped))
      flags.push('zero_width');
    stripped = stripped.replace(zeroWidthPattern, '');
  }
  if (stripped.match(bidiControlPattern) !== null) {
    flags.push('bidi_control');
    stripped = stripped.replace(bidiControlPattern, '');
  }
  if (stripped.match(tagCharacterPattern) !== null) {
    flags.push('tag_characters');
    stripped = stripped.replace(tagCharacterPattern, (character) => {
      const codePoint = (character.codePointAt(0) ?? 0) - 0xe0000;
      if (codePoint >= 0x20 && codePoint <= 0x7e) tagPayload += String.fromCharCode(codePoint);
      return '';
    });
  }
  if (stripped.match(variationSelectorPattern) !== null) {
    if (/\p{L}[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(stripped)) flags.push('variation_selector');
    stripped = stripped.replace(variationSelectorPattern, '');
  }

  let mixedScript = false;
  const normalized = stripped.normalize('NFKC').replace(wordPattern, (word) => {
    if (!latinPattern.test(word) || !cyrillicOrGreekPattern.test(word)) return word;
    mixedScript = true;
    return foldConfusables(word);
  });
  if (mixedScript) flags.push('mixed_script');
  return { normalized, flags, tagPayload };
}
