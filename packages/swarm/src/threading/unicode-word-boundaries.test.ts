import { describe, expect, it } from 'vitest';
import { withUnicodeWordBoundaries } from './unicode-word-boundaries.js';

describe('withUnicodeWordBoundaries (§7 rule 6: multilingual rules)', () => {
  it('§7: accented letters count as word characters at both ends', () => {
    const pattern = withUnicodeWordBoundaries(/\b(?:intéressé|déjà|à)\b/iu);
    expect(pattern.test('Pas intéressé.')).toBe(true);
    expect(pattern.test('Nous utilisons déjà HubSpot')).toBe(true);
    expect(pattern.test('désintéressée')).toBe(false);
    expect(/\bintéressé\b/iu.test('Pas intéressé.')).toBe(false);
  });

  it('§7: a word boundary still refuses partial words and keeps escaped backslashes', () => {
    const pattern = withUnicodeWordBoundaries(/\bon\b/i);
    expect(pattern.test('one')).toBe(false);
    expect(pattern.test('on it')).toBe(true);
    expect(withUnicodeWordBoundaries(/a\\b/).test('a\\b')).toBe(true);
  });
});
