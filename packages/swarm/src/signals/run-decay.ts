import type { AppliedTransitions, LeadStatusStore } from '../ports/lead-status-store.js';
import { findDecayedLeads, type DecayTransition } from './find-decayed-leads.js';

/** Statuses the SPEC §4 decay rules can move a lead out of. */
export const decayableStatuses = ['sent', 'revival_sent', 'opened', 'clicked', 'hesitant'] as const;

/** What one decay pass found and (unless a dry run) did. */
export interface DecayReport {
  dryRun: boolean;
  /** Leads examined. */
  examined: number;
  /** What the rules asked for. */
  transitions: DecayTransition[];
  /** What the store did with them; null on a dry run (nothing written). */
  outcome: AppliedTransitions | null;
}

/**
 * One decay pass (SPEC §4 "run daily and on demand"): reads the decay facts of every decayable lead,
 * applies {@link findDecayedLeads} at `now`, and — unless `dryRun` — applies the transitions through the
 * store (compare-and-set, audited, counted in the funnel). `channelsWithOpenData` names the channels
 * whose opens are tracked (e.g. `email` when the SMTP pixel is on; default none, SPEC §4); a lead whose
 * last send went out on another channel, or never went out, gets only the reply-based rule.
 */
export async function runDecay(input: {
  store: LeadStatusStore;
  now: Date;
  channelsWithOpenData: ReadonlySet<string>;
  dryRun: boolean;
  actor: string;
}): Promise<DecayReport> {
  const facts = await input.store.decayFacts(decayableStatuses);
  const transitions = findDecayedLeads({
    now: input.now,
    leads: facts.map((lead) => ({
      ...lead,
      channelHasOpenData: lead.channel !== null && input.channelsWithOpenData.has(lead.channel),
    })),
  });
  const outcome = input.dryRun
    ? null
    : await input.store.applyTransitions(
        transitions.map((transition) => ({
          leadId: transition.leadId,
          to: transition.to,
          reason: transition.reason,
          actor: input.actor,
        })),
      );
  return { dryRun: input.dryRun, examined: facts.length, transitions, outcome };
}
