import { describe, expect, it } from 'vitest';
import type { IntentSignal } from '../../domain/signal.js';
import { freshSignals } from './fresh-signals.js';

const signal = (date: string | null): IntentSignal => ({ kind: 'product_launch', date, source: 'test', detail: null });
const now = new Date('2026-11-22T10:00:00Z');

describe('freshSignals', () => {
  it('SPEC 3.4: a draft only mentions signals dated within 365 days, never undated or stale ones', () => {
    const kept = freshSignals(
      [signal('2026-01-14'), signal('2025-11-22'), signal('2025-11-21'), signal('2024-03-21'), signal(null)],
      now,
    );
    expect(kept.map((entry) => entry.date)).toEqual(['2026-01-14', '2025-11-22']);
  });
});
