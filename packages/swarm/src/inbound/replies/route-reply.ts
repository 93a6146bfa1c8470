import { meetingChangeActionTaken, type BookedMeetingChange } from '../../ports/scheduling-reply-inbox.js';
import type { AutoSignals, IntentResult } from '../../threading/index.js';
import type { ReplyAction } from './reply-action.js';

/** What routing knows about one classified inbound message. */
export interface ReplyFacts {
  intent: IntentResult;
  auto: AutoSignals;
  /** Lower-cased sender address. */
  fromAddress: string;
  /** The sender is one of our mailboxes or on one of our sending domains (a human on our side). */
  fromUs: boolean;
  /** The lead of the outbox row the reply threads to (else found by sender address), or null. */
  leadId: string | null;
  /** The thread's key when the reply threads to one of our messages, else null. */
  threadKey: string | null;
  /** The reply's `Date` (else arrival), the reference for default pause lengths. */
  receivedAt: Date;
  /** Pause length when an out-of-office names no return date, in days. Default 7. */
  outOfOfficeDefaultDays?: number;
  /**
   * A SCHEDULER conversation in this thread awaits the prospect's answer (issue 7): the reply is that
   * answer ("the second one works"), which the scheduling dispatcher reads, not a question for COMMUNICATOR.
   */
  schedulingAwaitingInThread?: boolean;
  /**
   * The thread's SCHEDULER meeting is BOOKED and the visible reply asks to move it (`reschedule`) or call
   * it off (`cancel`) (`detectMeetingChangeRequest`, issue 7): the scheduling dispatcher runs that change
   * instead of a COMMUNICATOR draft or a new scheduling request. Absent: no such request.
   */
  bookedMeetingChange?: BookedMeetingChange;
}

/** Intents that are never a meeting change request, whatever the words: auto-replies answer nobody. */
const notMeetingChangeIntents: ReadonlySet<string> = new Set(['out_of_office']);

/** Intents that would draft a COMMUNICATOR reply, but inside an open scheduling conversation are its answer. */
const schedulingAnswerIntents: ReadonlySet<string> = new Set(['question', 'information_request', 'objection']);

/** The routing plan: ordered actions, a one-line summary for the inbox, and whether a human must look. */
export interface ReplyRoute {
  actions: ReplyAction[];
  /** e.g. `suppressed`, `paused_until:2026-12-01`, `scheduling_requested`, `draft_created`. */
  actionTaken: string;
  needsReview: boolean;
}

const dayMs = 86_400_000;

function route(actions: ReplyAction[], actionTaken: string, needsReview: boolean): ReplyRoute {
  return { actions, actionTaken, needsReview };
}

/** The return date's start as an instant: `YYYY-MM-DD` read as 00:00 UTC (the prospect's zone is unknown). */
function returnInstant(returnDate: string | undefined, receivedAt: Date, defaultDays: number): string {
  if (returnDate && /^\d{4}-\d{2}-\d{2}$/.test(returnDate)) return `${returnDate}T00:00:00.000Z`;
  return new Date(receivedAt.getTime() + defaultDays * dayMs).toISOString();
}

function bounceRoute(facts: ReplyFacts): ReplyRoute {
  const recipients = facts.auto.bounce?.recipients ?? [];
  const permanent = recipients.filter((recipient) => recipient.permanent);
  const timeline: ReplyAction = {
    kind: 'record_timeline',
    timelineKind: permanent.length > 0 ? 'bounce' : 'bounce_transient',
    detail: recipients.map((recipient) => `${recipient.status || '?'} ${recipient.action}`).join(', ') || 'bounce',
  };
  if (permanent.length === 0) {
    // SPEC §4: only permanent address failures suppress; delays, mailbox-full and policy blocks do not.
    return route(facts.leadId ? [timeline] : [], 'bounce_recorded', recipients.length === 0);
  }
  const actions: ReplyAction[] = permanent.map((recipient) => ({
    kind: 'suppress_bounce',
    address: recipient.address,
    status: recipient.status,
  }));
  if (facts.leadId) actions.push(timeline, { kind: 'lead_status', to: 'bounced', reason: 'bounce' });
  return route(actions, 'suppressed_bounce', false);
}

function draftRoute(facts: ReplyFacts, intent: 'question' | 'information_request' | 'objection'): ReplyRoute {
  const stage =
    intent === 'question'
      ? 'needs_analysis'
      : intent === 'information_request'
        ? 'solution_presentation'
        : 'objection_handling';
  // SPEC §3.6: a reply is a follow_up_email (SMART); objections and doubtful readings always go to a human.
  const approvalClass = intent === 'objection' || facts.intent.needsReview ? 'ALWAYS' : 'SMART';
  return route(
    [
      { kind: 'lead_status', to: 'replied', reason: 'reply' },
      { kind: 'set_sales_stage', stage },
      { kind: 'draft_reply', intent, approvalAction: 'follow_up_email', approvalClass, stage },
    ],
    'draft_created',
    facts.intent.needsReview,
  );
}

/**
 * Decides what a classified reply triggers (issue 6 "Status machine, routing"; SPEC §4, §6, §7). Pure.
 * - A message from our own side in a thread pauses automation for that thread (SPEC §7), nothing else.
 * - `bounce`: permanent (5.x.x address) failures suppress and move the lead to `bounced`; others are recorded.
 * - `out_of_office`: pause the lead until the return date (00:00 UTC), else `outOfOfficeDefaultDays` + review.
 * - `unsubscribe_request`: the EM-4 opt-out use case for the sender, plus a review note (threading spec §7.3).
 * - `referral`: new leads linked to the referrer (review when no contact was extracted).
 * - `scheduling_request` / `acceptance`: `scheduling-requested` event and a Slack notification.
 * - A reply asking to move or cancel the thread's BOOKED meeting (`bookedMeetingChange`, any intent but
 *   out-of-office and auto-replies): `meeting_reschedule_requested` / `meeting_cancel_requested`, which the
 *   scheduling dispatcher runs; a cancel is also flagged for review (a lost meeting a person should see).
 * - `question` / `information_request` / `objection`: a COMMUNICATOR draft for approval and the sales stage —
 *   unless a scheduling conversation awaits an answer in the thread: then it is that answer (`scheduling_answer`).
 * - `rejection`: lead `not_interested`. `other`: recorded, and reviewed when the classifier asks for it.
 */
export function routeReply(facts: ReplyFacts): ReplyRoute {
  const intent = facts.intent.intent;
  const review = facts.intent.needsReview;
  if (facts.fromUs) {
    if (!facts.leadId || !facts.threadKey) return route([], 'ignored_own_message', false);
    return route(
      [{ kind: 'pause_automation', scope: 'thread', until: null, reason: 'our_side_replied' }],
      'thread_paused',
      false,
    );
  }
  if (intent === 'bounce') return bounceRoute(facts);
  if (intent === 'unsubscribe_request') {
    const actions: ReplyAction[] = [{ kind: 'opt_out', address: facts.fromAddress }];
    if (facts.leadId) actions.push({ kind: 'set_sales_stage', stage: 'end_conversation' });
    return route(actions, 'suppressed', true);
  }
  if (!facts.leadId) return route([], 'unmatched', true);
  const reply: ReplyAction = { kind: 'record_timeline', timelineKind: 'reply', detail: intent };
  const change = facts.bookedMeetingChange;
  if (change && !facts.auto.isAutoReply && !notMeetingChangeIntents.has(intent)) {
    return route(
      [reply, { kind: 'lead_status', to: 'replied', reason: 'reply' }],
      meetingChangeActionTaken[change],
      review || change === 'cancel',
    );
  }
  if (facts.schedulingAwaitingInThread && schedulingAnswerIntents.has(intent)) {
    return route([reply, { kind: 'lead_status', to: 'replied', reason: 'reply' }], 'scheduling_answer', review);
  }
  switch (intent) {
    case 'out_of_office': {
      const until = returnInstant(
        facts.intent.extracted.returnDate,
        facts.receivedAt,
        facts.outOfOfficeDefaultDays ?? 7,
      );
      return route(
        [
          { kind: 'record_timeline', timelineKind: 'auto_reply', detail: 'out_of_office' },
          { kind: 'pause_automation', scope: 'lead', until, reason: 'out_of_office' },
        ],
        `paused_until:${until.slice(0, 10)}`,
        review || !facts.intent.extracted.returnDate,
      );
    }
    case 'referral': {
      const contacts = facts.intent.extracted.referralContacts ?? [];
      const actions: ReplyAction[] = [reply, { kind: 'lead_status', to: 'replied', reason: 'reply' }];
      if (contacts.length > 0) actions.push({ kind: 'create_referral_lead', contacts });
      return route(
        actions,
        contacts.length > 0 ? 'referral_lead_created' : 'referral_recorded',
        review || contacts.length === 0,
      );
    }
    case 'scheduling_request':
    case 'acceptance': {
      const { proposedTimes, timezone } = facts.intent.extracted;
      const times = proposedTimes && proposedTimes.length > 0 ? ` (proposed: ${proposedTimes.join(', ')})` : '';
      return route(
        [
          reply,
          { kind: 'lead_status', to: 'replied', reason: 'reply' },
          { kind: 'set_sales_stage', stage: 'close' },
          {
            kind: 'scheduling_requested',
            ...(proposedTimes && proposedTimes.length > 0 ? { proposedTimes } : {}),
            ...(timezone ? { timezone } : {}),
          },
          { kind: 'notify_chat', text: `Positive reply (${intent}) from lead ${facts.leadId}${times}` },
        ],
        'scheduling_requested',
        review,
      );
    }
    case 'question':
    case 'information_request':
    case 'objection':
      return { ...draftRoute(facts, intent), actions: [reply, ...draftRoute(facts, intent).actions] };
    case 'rejection':
      return route(
        [
          reply,
          { kind: 'lead_status', to: 'not_interested', reason: 'reply_negative' },
          { kind: 'set_sales_stage', stage: 'end_conversation' },
        ],
        'not_interested',
        review,
      );
    default:
      return route(facts.auto.isAutoReply ? [] : [reply], 'recorded', review || !facts.auto.isAutoReply);
  }
}
