import { describe, expect, it } from 'vitest';
import { dsarAlertAfterDays, isDsarOverdue } from './dsar-overdue.js';

const receivedAt = new Date('2026-03-01T12:00:00Z');
const dayMs = 86_400_000;

describe('DSAR overdue check', () => {
  it('GDPR-4: an open request alerts from day 20, not before', () => {
    expect(dsarAlertAfterDays).toBe(20);
    expect(isDsarOverdue({ receivedAt, completedAt: null }, new Date(receivedAt.getTime() + 20 * dayMs - 1))).toBe(
      false,
    );
    expect(isDsarOverdue({ receivedAt, completedAt: null }, new Date(receivedAt.getTime() + 20 * dayMs))).toBe(true);
    expect(isDsarOverdue({ receivedAt, completedAt: null }, new Date(receivedAt.getTime() + 45 * dayMs))).toBe(true);
  });

  it('GDPR-4: a completed request never alerts, however old', () => {
    const completedAt = new Date(receivedAt.getTime() + 25 * dayMs);
    expect(isDsarOverdue({ receivedAt, completedAt }, new Date(receivedAt.getTime() + 90 * dayMs))).toBe(false);
  });

  it('takes another threshold for stricter policies', () => {
    expect(isDsarOverdue({ receivedAt, completedAt: null }, new Date(receivedAt.getTime() + 3 * dayMs), 3)).toBe(true);
  });
});
