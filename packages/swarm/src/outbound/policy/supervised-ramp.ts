import type { Tier } from '../../domain/lead.js';

/** `ramp:` settings (SPEC §3.7; config `rampConfigSchema`): defaults 5/day, `[tier_1]`, 3 days. */
export interface RampSettings {
  limitPerDay: number;
  tiers: readonly Tier[];
  supervisedDays: number;
}

const dayMs = 86_400_000;

/**
 * True while the supervised ramp applies: before the first send ever, and for `supervisedDays`
 * × 24 h after it (UTC instants). `supervisedDays: 0` turns the ramp off.
 */
export function isRampSupervised(firstSendAt: Date | null, now: Date, supervisedDays: number): boolean {
  if (supervisedDays <= 0) return false;
  if (firstSendAt === null) return true;
  return now.getTime() < firstSendAt.getTime() + supervisedDays * dayMs;
}
