import { CaioError } from '../../domain/errors.js';
import type { Tier } from '../../domain/lead.js';
import type { Angle, AngleLibrary } from '../../ports/angle-library.js';

/** FNV-1a 32-bit: a fast, stable string hash (not for security; only to spread leads over angles). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Picks the angle for a first touch (SPEC §3.4), deterministically per lead:
 * 1. candidates are the tier's angles, in library order, whose `requires` evidence kinds are all present;
 * 2. the walk starts at `hash(leadId) mod candidates` and moves forward, skipping angles previously
 *    rejected for this lead — so a rejection rotates to the next angle, never back to the same one;
 * 3. when every candidate was rejected, the least-rejected candidate wins (ties: walk order), so a
 *    draft can still be written and GUARD-001/-002 decide whether it may be queued.
 *
 * @throws CaioError `input_invalid` when the library has no usable angle for the tier.
 */
export function chooseAngle(
  library: AngleLibrary,
  tier: Tier,
  leadId: string,
  availableKinds: { has(kind: string): boolean },
  rejectedAngleIds: readonly string[],
): Angle {
  const candidates = library.angles.filter(
    (angle) => angle.tier === tier && angle.requires.every((kind) => availableKinds.has(kind)),
  );
  if (candidates.length === 0) {
    throw new CaioError(
      'input_invalid',
      `No ${tier} angle can be written for lead ${leadId}: add an angle with "requires: []" for ${tier} to angles.yaml.`,
    );
  }
  const start = stableHash(leadId) % candidates.length;
  const rejectionCounts = new Map<string, number>();
  for (const id of rejectedAngleIds) rejectionCounts.set(id, (rejectionCounts.get(id) ?? 0) + 1);
  let best: Angle | undefined;
  let bestCount = Number.POSITIVE_INFINITY;
  for (let offset = 0; offset < candidates.length; offset++) {
    const angle = candidates[(start + offset) % candidates.length] as Angle;
    const count = rejectionCounts.get(angle.id) ?? 0;
    if (count === 0) return angle;
    if (count < bestCount) [best, bestCount] = [angle, count];
  }
  return best as Angle;
}
