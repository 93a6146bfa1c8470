/**
 * The proposal-selection rule of specs/scheduling.md §6.5: preferred slots first, then the rest; within a
 * tier, one slot per prospect-local day, then slots ≥ 120 min from every pick, then anything left.
 */
import { parseInstant } from './instant-parsing.js';
import type { Slot } from './slot.js';

/** Slot starts are ISO-8601 UTC; an unreadable one sorts last rather than reading the process zone. */
const parseStart = (slot: Slot): number => parseInstant(slot.start) ?? Number.MAX_SAFE_INTEGER;

/** Reads a slot's start in epoch ms; built once per selection so comparisons never re-parse text. */
type StartOf = (slot: Slot) => number;

const minimumSpacingMilliseconds = 120 * 60_000;

/**
 * Clamps a requested proposal count to 1..5 (spec §6.2), rounding down; a missing or NaN count means 3
 * (the agent asks for 3–5).
 */
export function clampProposalCount(maxProposals: number): number {
  if (typeof maxProposals !== 'number' || Number.isNaN(maxProposals)) return 3;
  return Math.min(5, Math.max(1, Math.floor(maxProposals)));
}

function pickFromTier(tier: readonly Slot[], picks: Slot[], max: number, startOf: StartOf): void {
  const chosen = new Set<Slot>();
  const take = (slot: Slot): void => {
    picks.push(slot);
    chosen.add(slot);
  };
  const seenDates = new Set<string>();
  // a. day spread: the earliest slot of each distinct prospect-local date, in date order.
  for (const slot of tier) {
    if (picks.length >= max) return;
    if (seenDates.has(slot.prospect.date)) continue;
    seenDates.add(slot.prospect.date);
    take(slot);
  }
  // b. spacing: ascending, any slot at least 120 minutes from every pick so far.
  for (const slot of tier) {
    if (picks.length >= max) return;
    if (chosen.has(slot)) continue;
    if (picks.every((pick) => Math.abs(startOf(pick) - startOf(slot)) >= minimumSpacingMilliseconds)) take(slot);
  }
  // c. fill: ascending, anything left.
  for (const slot of tier) {
    if (picks.length >= max) return;
    if (!chosen.has(slot)) take(slot);
  }
}

/**
 * Chooses `clamp(maxProposals, 1, 5)` proposals from `available` (ascending by start) per §6.5 and
 * returns them ascending. The second tier (non-preferred slots) is used only when the first gives fewer
 * than the maximum.
 *
 * @param startMilliseconds optional epoch-ms starts parallel to `available` (as `findSlots` already holds
 *   them), so the starts are not parsed again; when absent or of another length, each start is parsed once.
 */
export function selectProposals(
  available: readonly Slot[],
  maxProposals: number,
  startMilliseconds?: readonly number[],
): Slot[] {
  const max = clampProposalCount(maxProposals);
  const starts = new Map<Slot, number>();
  const given = startMilliseconds?.length === available.length ? startMilliseconds : undefined;
  available.forEach((slot, index) => starts.set(slot, given?.[index] ?? parseStart(slot)));
  const startOf: StartOf = (slot) => starts.get(slot) ?? parseStart(slot);
  const ascending = [...available].sort((left, right) => startOf(left) - startOf(right));
  const picks: Slot[] = [];
  pickFromTier(
    ascending.filter((slot) => slot.prospectPreferred),
    picks,
    max,
    startOf,
  );
  if (picks.length < max) {
    pickFromTier(
      ascending.filter((slot) => !slot.prospectPreferred),
      picks,
      max,
      startOf,
    );
  }
  return picks.sort((left, right) => startOf(left) - startOf(right));
}
