import type { LeadStatus } from '../../domain/lead.js';
import type { SalesStage } from '../../domain/sales-stage.js';

/** The intents answered with a reply draft for approval (issue 6 "routing"). */
export type DraftedIntent = 'question' | 'information_request' | 'objection';

/**
 * One step of a reply's routing plan (issue 6 "Status machine, routing"), plain JSON so it can be stored
 * with the reply and replayed after a crash. Instants are ISO 8601 UTC strings.
 */
export type ReplyAction =
  /** Append a `reply` (or `auto_reply`/`bounce`) line to the lead's timeline. */
  | { kind: 'record_timeline'; timelineKind: string; detail: string }
  /** Move the lead through the SPEC §4 status machine (refusals are audited by the store). */
  | { kind: 'lead_status'; to: LeadStatus; reason: string }
  /** EM-4 opt-out use case (suppression, `unsubscribed`, `opt-out-received`) within the poll. */
  | { kind: 'opt_out'; address: string }
  /** Suppress an address after a permanent bounce (SPEC §4: 5.x.x address failures; a human may reverse it). */
  | { kind: 'suppress_bounce'; address: string; status: string }
  /** Pause the lead's (or only this thread's) automation until `until` (null = until a human resumes). */
  | { kind: 'pause_automation'; scope: 'lead' | 'thread'; until: string | null; reason: string }
  /** Create leads for the referred contacts, linked to the referrer. */
  | { kind: 'create_referral_lead'; contacts: string[] }
  /** Store `scheduling-requested {leadId, threadKey, proposedTimes?, timezone?}` (ARCHITECTURE.md "Contracts"). */
  | { kind: 'scheduling_requested'; proposedTimes?: string[]; timezone?: string }
  /** Tell the team on Slack (SPEC §7: positive replies notify Slack); skipped when Slack is not configured. */
  | { kind: 'notify_chat'; text: string }
  /** COMMUNICATOR drafts a reply, parked for approval with this class (SPEC §3.6). */
  | {
      kind: 'draft_reply';
      intent: DraftedIntent;
      approvalAction: string;
      approvalClass: 'SMART' | 'ALWAYS';
      stage: SalesStage;
    }
  /** Record the lead's sales stage (SPEC §6, 8 stages). */
  | { kind: 'set_sales_stage'; stage: SalesStage };
