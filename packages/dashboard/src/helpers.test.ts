import { describe, expect, it } from 'vitest';
import { auditSinceFromInput } from './audit-since.js';
import { changedFields } from './changed-fields.js';
import { formatAge } from './format-age.js';
import { formatUtc } from './format-utc.js';
import { formatConfidence } from './inbox/format-confidence.js';
import { leadDisplayName } from './lead-name.js';
import { completeRating, emptyRating } from './rating-criteria.js';
import { parseRoute, routeHash } from './route.js';

const now = Date.parse('2026-11-22T12:00:00Z');

describe('formatAge (evidence age in "why this score")', () => {
  it('reads minutes, hours and days', () => {
    expect(formatAge('2026-11-22T11:59:30Z', now)).toBe('just now');
    expect(formatAge('2026-11-22T11:48:00Z', now)).toBe('12 min ago');
    expect(formatAge('2026-11-22T07:00:00Z', now)).toBe('5 h ago');
    expect(formatAge('2026-11-19T12:00:00Z', now)).toBe('3 d ago');
  });

  it('flags future and unparsable dates instead of printing nonsense', () => {
    expect(formatAge('2026-11-23T12:00:00Z', now)).toBe('in the future');
    expect(formatAge('yesterday', now)).toBe('unknown age');
  });
});

describe('formatUtc', () => {
  it('prints minutes in UTC whatever the offset of the input', () => {
    expect(formatUtc('2026-11-22T10:30:00+01:00')).toBe('2026-11-22 09:30 UTC');
    expect(formatUtc(null)).toBe('—');
    expect(formatUtc('nope')).toBe('—');
  });
});

describe('routes (hash routing)', () => {
  it('round-trips every view, including a lead id that needs encoding', () => {
    for (const route of [
      { view: 'approvals' },
      { view: 'batches' },
      { view: 'runs' },
      { view: 'inbox' },
      { view: 'lead', leadId: 'a/b c' },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('opens the approval queue for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ view: 'approvals' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'approvals' });
  });
});

describe('completeRating (SPEC §18: 1–5 on five criteria)', () => {
  it('is null until all five criteria hold 1–5', () => {
    expect(completeRating(emptyRating)).toBeNull();
    expect(completeRating({ ...emptyRating, personalisation: 5, subject: 4, value: 3, cta: 2 })).toBeNull();
    expect(completeRating({ personalisation: 5, subject: 4, value: 3, cta: 2, tone: 6 })).toBeNull();
  });

  it('returns the scores once complete', () => {
    expect(completeRating({ personalisation: 5, subject: 4, value: 3, cta: 2, tone: 1 })).toEqual({
      personalisation: 5,
      subject: 4,
      value: 3,
      cta: 2,
      tone: 1,
    });
  });
});

describe('changedFields (PATCH sends only what the reviewer changed)', () => {
  const draft = { subjectA: 'A', subjectB: 'B', body: 'Body' };
  it('keeps only the changed fields', () => {
    expect(changedFields(draft, { subjectA: 'A', subjectB: 'B2', body: 'Body' })).toEqual({ subjectB: 'B2' });
    expect(changedFields(draft, { ...draft })).toEqual({});
  });
});

describe('leadDisplayName', () => {
  it('falls back from name to email to a placeholder, never empty', () => {
    expect(leadDisplayName({ firstName: 'Ada', lastName: ' Lovelace ', email: 'ada@example.com' })).toBe(
      'Ada Lovelace',
    );
    expect(leadDisplayName({ firstName: ' ', lastName: null, email: 'ada@example.com' })).toBe('ada@example.com');
    expect(leadDisplayName({ firstName: null, lastName: null, email: null })).toBe('(no name)');
  });
});

describe('auditSinceFromInput', () => {
  it('reads a datetime-local value as UTC ISO 8601', () => {
    expect(auditSinceFromInput('2026-11-22T09:30')).toBe('2026-11-22T09:30:00Z');
    expect(auditSinceFromInput('2026-11-22T09:30:15')).toBe('2026-11-22T09:30:15Z');
    expect(auditSinceFromInput('')).toBeUndefined();
    expect(auditSinceFromInput('22/11/2026')).toBeUndefined();
  });
});

describe('formatConfidence (inbox intent confidence)', () => {
  it('shows the classifier confidence as a whole percentage', () => {
    expect(formatConfidence(0.87)).toBe('87%');
    expect(formatConfidence(0.999)).toBe('100%');
    expect(formatConfidence(0)).toBe('0%');
  });
});
