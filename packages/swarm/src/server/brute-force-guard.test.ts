import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../test-support/approval-desk-fixture.js';
import { createBruteForceGuard } from './brute-force-guard.js';

describe('brute-force guard', () => {
  it('AUTH-4: 10 failures within a minute block the address for 15 minutes; others are unaffected', () => {
    const clock = createFakeClock();
    const guard = createBruteForceGuard(clock);
    for (let attempt = 0; attempt < 9; attempt += 1) guard.recordFailure('203.0.113.7');
    expect(guard.blockedForMs('203.0.113.7')).toBe(0);
    guard.recordFailure('203.0.113.7');
    expect(guard.blockedForMs('203.0.113.7')).toBe(15 * 60_000);
    expect(guard.blockedForMs('203.0.113.8')).toBe(0);
    clock.advance(15 * 60_000 - 1);
    expect(guard.blockedForMs('203.0.113.7')).toBe(1);
    clock.advance(1);
    expect(guard.blockedForMs('203.0.113.7')).toBe(0);
  });

  it('AUTH-4: failures spread over more than a minute never block', () => {
    const clock = createFakeClock();
    const guard = createBruteForceGuard(clock);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      guard.recordFailure('203.0.113.9');
      clock.advance(7_000);
    }
    expect(guard.blockedForMs('203.0.113.9')).toBe(0);
  });

  it('AUTH-4: memory stays bounded under a flood of addresses', () => {
    const clock = createFakeClock();
    const guard = createBruteForceGuard(clock, {
      maximumFailures: 2,
      windowMs: 60_000,
      blockMs: 60_000,
      maximumTrackedAddresses: 3,
    });
    guard.recordFailure('a');
    guard.recordFailure('a');
    for (const address of ['b', 'c', 'd']) guard.recordFailure(address);
    expect(guard.blockedForMs('a')).toBe(0);
  });
});
