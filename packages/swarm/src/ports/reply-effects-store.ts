import type { SalesStage } from '../domain/sales-stage.js';

/** A pause of a lead's automation (cadence sends, follow-ups), or of one thread only. */
export interface AutomationPause {
  leadId: string;
  /** Set: only this thread pauses (a colleague replied in it, SPEC §7); null: the whole lead. */
  threadKey: string | null;
  /** Until this instant (UTC); null = until a human resumes it. */
  until: Date | null;
  reason: string;
  /** The reply that caused it; a second pause for the same reply, lead and thread is a no-op. */
  replyId: string | null;
  at: Date;
}

/**
 * Reply routing's own writes (issue 6 "Status machine, routing"): automation pauses, the sales stage,
 * referral links and domain events (`scheduling-requested`, ARCHITECTURE.md "Contracts"). Each is
 * idempotent per reply, so replaying a routing plan after a crash changes nothing twice.
 */
export interface ReplyEffectsStore {
  pauseAutomation(pause: AutomationPause): Promise<void>;
  /** Pauses in force at `at` for the lead (whole-lead and per-thread ones). */
  activePauses(leadId: string, at: Date): Promise<AutomationPause[]>;
  setSalesStage(input: { leadId: string; stage: SalesStage; reason: string; at: Date }): Promise<void>;
  salesStageOf(leadId: string): Promise<SalesStage | null>;
  linkReferral(input: { leadId: string; referrerLeadId: string; replyId: string | null; at: Date }): Promise<void>;
  /**
   * Stores a domain event once per `(type, payload.replyId)`; returns false when it was already stored.
   * Payloads carry ids, not rows (ARCHITECTURE.md "Domain events").
   */
  recordDomainEvent(type: string, payload: { replyId: string } & Record<string, unknown>, at: Date): Promise<boolean>;
}
