import type { LeadStatus } from '../domain/lead.js';

/** Funnel stages of SPEC §4 (mirrors `signals/lead-funnel-stage.ts`; ports import only domain). */
export type LeadFunnelStage = 'pipeline' | 'outreach' | 'engaged' | 'at_risk' | 'terminal';

/** A requested status change. `reason` is the driving event (e.g. `open`, `decay_ghosted`, `reverse_bounce`). */
export interface LeadStatusChange {
  leadId: string;
  to: LeadStatus;
  reason: string;
  /** Who asked: `system:decay`, `webhook:instantly`, `user:alice@example.com`… */
  actor: string;
}

/** Why a change was refused: the status machine said no, or the lead does not exist. */
export type LeadStatusRefusal = 'illegal_transition' | 'terminal' | 'not_found';

/** What {@link LeadStatusStore.applyTransitions} did with each change. */
export interface AppliedTransitions {
  applied: { leadId: string; from: LeadStatus; to: LeadStatus; reason: string }[];
  /** Same status already: nothing written. */
  unchanged: { leadId: string; status: LeadStatus }[];
  refused: { leadId: string; from: LeadStatus | null; to: LeadStatus; reason: string; refusal: LeadStatusRefusal }[];
}

/** One line of a lead's activity timeline (SPEC §4), oldest first. */
export interface LeadTimelineEntry {
  at: Date;
  /** `status` for a transition, `audit` for a pipeline/approval audit event, or an event kind (`open`, `reply`…). */
  kind: string;
  detail: string;
  /** The actor, agent or provider it came from. */
  source: string;
}

/** A lead's activity as the decay rules read it (see `signals/find-decayed-leads.ts`). */
export interface LeadDecayFacts {
  id: string;
  status: LeadStatus;
  lastSentAt: Date | null;
  firstOpenAt: Date | null;
  opens: number;
  lastReplyAt: Date | null;
  lastTouchAt: Date | null;
  /** The channel of the last outbound message (`email`, `linkedin`…), or null. */
  channel: string | null;
}

/**
 * Lead status changes through the SPEC §4 state machine, the per-lead timeline and the funnel
 * counters. Implemented by `store/repositories/lead-status-repository.ts`.
 */
export interface LeadStatusStore {
  /**
   * Applies changes atomically (one transaction): each is checked against the status machine and
   * written with compare-and-set on the lead's current status (one UPDATE per batch); a lead
   * changed concurrently is re-read and re-checked. Applied changes append a timeline entry and move
   * the funnel counters; refused ones are audited with reason code `illegal_transition`.
   */
  applyTransitions(changes: readonly LeadStatusChange[]): Promise<AppliedTransitions>;
  /** Appends non-status activity (opens, replies, touches…) to leads' timelines. */
  appendTimeline(entries: readonly (LeadTimelineEntry & { leadId: string })[]): Promise<void>;
  /** The lead's timeline, oldest first: status changes, appended activity and its audit events. */
  timeline(leadId: string): Promise<LeadTimelineEntry[]>;
  /** The funnel counters as kept incrementally (no scan of leads). */
  funnelCounts(): Promise<Record<LeadFunnelStage, number>>;
  /** Repair: recomputes the counters from the leads table (GROUP BY) and stores them; returns them. */
  recountFunnel(): Promise<Record<LeadFunnelStage, number>>;
  /** Decay inputs for every lead in one of `statuses`. */
  decayFacts(statuses: readonly LeadStatus[]): Promise<LeadDecayFacts[]>;
}

/**
 * The status machine and funnel mapping the store enforces, injected so the store stays free of
 * slice imports. The real one is `leadStatusPolicy` in `signals/lead-status-policy.ts`.
 */
export interface LeadStatusPolicy {
  decide(
    from: LeadStatus,
    to: LeadStatus,
    reason: string,
  ): { ok: true } | { ok: false; reason: 'illegal_transition' | 'terminal' };
  stageOf(status: LeadStatus): LeadFunnelStage;
}
