/**
 * "An invalid pick gets the nearest valid alternatives" (specs/scheduling.md §6.6): the available slots
 * closest in time to what the prospect asked for, shown in ascending order.
 */
import type { Slot } from '../slot.js';

/** Up to `count` slots of `available` nearest to `target` (epoch ms); ties prefer the earlier slot. */
export function nearestAlternatives(available: readonly Slot[], target: number, count = 3): Slot[] {
  return [...available]
    .map((slot) => ({ slot, distance: Math.abs(Date.parse(slot.start) - target) }))
    .sort((left, right) => left.distance - right.distance || Date.parse(left.slot.start) - Date.parse(right.slot.start))
    .slice(0, count)
    .map((entry) => entry.slot)
    .sort((left, right) => Date.parse(left.start) - Date.parse(right.start));
}
