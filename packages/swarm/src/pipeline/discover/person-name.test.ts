import { describe, expect, it } from 'vitest';
import { calmAllCapsName, splitFullName } from './person-name.js';

describe('splitFullName', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['  Jan   van der Berg ', 'Jan', 'van der Berg'],
    ['Doe, Jane', 'Jane', 'Doe'],
    ['Jane Doe, Jr.', 'Jane', 'Doe'],
    ['Cher', 'Cher', null],
    ['', null, null],
  ])('SPEC 3.1: splits %j into first %j and last %j', (fullName, firstName, lastName) => {
    expect(splitFullName(fullName)).toEqual({ firstName, lastName });
  });
});

describe('calmAllCapsName', () => {
  it('turns ALL-CAPS names into capitalised words and leaves deliberate capitals alone', () => {
    expect(calmAllCapsName('DANA')).toBe('Dana');
    expect(calmAllCapsName("JEAN-LUC O'NEIL")).toBe("Jean-Luc O'Neil");
    expect(calmAllCapsName('ÉMILIE')).toBe('Émilie');
    expect(calmAllCapsName('McDonald')).toBe('McDonald');
    expect(calmAllCapsName('J')).toBe('J');
  });
});
