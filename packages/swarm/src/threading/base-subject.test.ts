import { describe, expect, it } from 'vitest';
import { baseSubject, isForwardSubject, subjectMatchKey } from './base-subject.js';

describe('baseSubject (RFC 5256)', () => {
  it.each([
    ['Re: Quick question', 'Quick question'],
    ['RE: RE: Re[2]: Quick question', 'Quick question'],
    ['Re^3: Quick question', 'Quick question'],
    ['RE(2): Quick question', 'Quick question'],
    ['RE : TR : Quick question', 'Quick question'],
    ['AW: WG: Quick question', 'Quick question'],
    ['SV: VS: Quick question', 'Quick question'],
    ['Antw: Doorst: Quick question', 'Quick question'],
    ['回复：Quick question', 'Quick question'],
    ['[EXTERNAL] Re: Quick question', 'Quick question'],
    ['*** EXTERNAL *** RE: Quick question', 'Quick question'],
    ['Quick question (fwd)', 'Quick question'],
    ['[Fwd: Quick question]', 'Quick question'],
    ['Re:   Quick   question  ', 'Quick question'],
    ['[SPAM?]', '[SPAM?]'],
  ])('§3.2: %s → %s', (subject, expected) => {
    expect(baseSubject(subject)).toBe(expected);
  });

  it('§3.2: strips single-letter and auto-reply prefixes only for matching', () => {
    expect(baseSubject('R: Quick question')).toBe('R: Quick question');
    expect(subjectMatchKey('R: Quick question')).toBe('quick question');
    expect(subjectMatchKey('Automatic reply: Quick question')).toBe('quick question');
    expect(subjectMatchKey('Réponse automatique : Quick question')).toBe('quick question');
    expect(subjectMatchKey('Abwesenheitsnotiz: Quick question')).toBe('quick question');
  });

  it('§3.1: recognises forward subjects in several languages', () => {
    for (const subject of [
      'Fwd: deck',
      'FW: deck',
      'WG: deck',
      'TR : deck',
      'RV: deck',
      'Doorst: deck',
      '[EXT] Fw: deck',
    ]) {
      expect(isForwardSubject(subject), subject).toBe(true);
    }
    expect(isForwardSubject('Re: deck')).toBe(false);
  });
});
