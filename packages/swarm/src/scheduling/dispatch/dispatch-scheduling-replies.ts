/**
 * The scheduling consumer (issue 7): hands inbound replies to SCHEDULER exactly once.
 * - A `scheduling-requested` event (stored by reply routing) starts a conversation with the reply's own
 *   words as the prospect's suggestion (their time or preference is checked first) — or, when the lead's
 *   thread already has a conversation awaiting a reply, feeds the reply's visible text to `handleReply`.
 * - Any other reply in a thread whose conversation awaits a reply goes to `handleReply` whatever its
 *   intent ("the second one" may classify as acceptance, question or other).
 *
 * Why a dispatcher over the stored events rather than a job enqueued with each event: the events are
 * already durable rows written by reply routing (in their own transaction, through a port that has no job
 * queue), so reading undispatched rows loses nothing across a crash and needs no change to the inbound path.
 * Exactly-once comes from the consumption ledger: a reply is claimed with one upsert before any effect, the
 * started conversation's id is derived from the reply id (a replay finds it and does nothing), and a retry
 * of a reply whose first attempt may have advanced the conversation (its `updatedAt` is after the first
 * claim) is completed without feeding it again — so a reply never produces two scheduling messages.
 */
import type { Clock } from '../../ports/clock.js';
import type { SchedulingConversationStore } from '../../ports/scheduling-conversation-store.js';
import type { SchedulingReplyCandidate, SchedulingReplyInbox } from '../../ports/scheduling-reply-inbox.js';
import type { ConversationStepResult } from '../conversation/scheduling-conversation-service.js';
import type { ProspectTimezone } from '../conversation/scheduling-conversation-service.js';
import type { ProspectSuggestion } from '../conversation/resolve-prospect-suggestion.js';
import { isValidTimeZone } from '../time-zone.js';
import type { SchedulingConversationRouter } from './create-conversation-router.js';
import { dispatchMeetingChange } from './dispatch-meeting-change.js';

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** The lead facts a new conversation needs. */
export interface DispatchLead {
  id: string;
  email: string;
  firstName: string | null;
  /** IANA zone derived from the lead's location, when known. */
  timezone?: string;
}

/** Dependencies of {@link dispatchSchedulingReplies}. */
export interface DispatchSchedulingRepliesDependencies {
  inbox: SchedulingReplyInbox;
  router: Pick<SchedulingConversationRouter, 'startWith' | 'handleReply'>;
  /**
   * Where a reply asking to move or cancel a BOOKED meeting goes (`candidate.change`; the router in
   * production). Absent: such replies are skipped.
   */
  meetingChanges?: Pick<SchedulingConversationRouter, 'cancel' | 'reschedule'>;
  conversations: Pick<SchedulingConversationStore, 'get'>;
  findLead: (leadId: string) => Promise<DispatchLead | null>;
  /** The id of the conversation a request reply starts; must be a pure function of the reply id. */
  conversationIdFor: (replyId: string) => string;
  clock: Clock;
  /** Requests older than this are not started (stale); default 7 days. */
  maximumRequestAgeDays?: number;
  /** A claim older than this belongs to a dead worker and is taken over; default 10 minutes. */
  claimLeaseMinutes?: number;
  /** Failed attempts before a reply is left alone (its error stays in the ledger); default 5. */
  maximumAttempts?: number;
  /** Replies per pass; default 50. */
  batchSize?: number;
}

/** What one pass did. */
export interface DispatchReport {
  started: number;
  answered: number;
  skipped: number;
  failed: { replyId: string; error: string }[];
}

function prospectTimezone(candidate: SchedulingReplyCandidate, lead: DispatchLead): ProspectTimezone {
  if (candidate.timezone && isValidTimeZone(candidate.timezone)) return { id: candidate.timezone, source: 'inferred' };
  if (lead.timezone && isValidTimeZone(lead.timezone)) return { id: lead.timezone, source: 'inferred' };
  return { id: undefined, source: 'ambiguous' };
}

/**
 * The prospect's own words from a request reply, for `start` to check before proposing (issue 7): the
 * visible text and the event's `proposedTimes`, read relative to when the reply was received.
 */
function prospectSuggestion(candidate: SchedulingReplyCandidate): ProspectSuggestion | undefined {
  const proposedTimes = candidate.proposedTimes ?? [];
  if (candidate.visibleText.trim() === '' && proposedTimes.length === 0) return undefined;
  return {
    text: candidate.visibleText,
    receivedAt: (candidate.receivedAt ?? candidate.storedAt).toISOString(),
    ...(proposedTimes.length > 0 ? { proposedTimes } : {}),
  };
}

function outcomeOf(result: ConversationStepResult): string {
  return result.kind === 'ignored' ? `ignored: ${result.reason}` : result.kind;
}

/**
 * Runs one dispatch pass: every pending reply, oldest first, one at a time (two replies of one thread must
 * not race). A reply whose handling throws is recorded as failed and retried on a later pass.
 * @returns counts and the failures of this pass
 */
export async function dispatchSchedulingReplies(
  dependencies: DispatchSchedulingRepliesDependencies,
): Promise<DispatchReport> {
  const now = dependencies.clock.now();
  const leaseMs = (dependencies.claimLeaseMinutes ?? 10) * minuteMs;
  const maximumAttempts = dependencies.maximumAttempts ?? 5;
  const staleBefore = new Date(now.getTime() - leaseMs);
  const report: DispatchReport = { started: 0, answered: 0, skipped: 0, failed: [] };
  const candidates = await dependencies.inbox.pending({
    since: new Date(now.getTime() - (dependencies.maximumRequestAgeDays ?? 7) * dayMs),
    staleBefore,
    maximumAttempts,
    limit: dependencies.batchSize ?? 50,
  });
  for (const candidate of candidates) {
    const at = dependencies.clock.now();
    const claim = await dependencies.inbox.claim(candidate.replyId, candidate.kind, at, {
      staleBefore,
      maximumAttempts,
    });
    if (!claim) {
      report.skipped += 1;
      continue;
    }
    try {
      const done = await dispatchOne(dependencies, candidate, claim.attempts > 1 ? claim.firstClaimedAt : null);
      await dependencies.inbox.complete(candidate.replyId, { ...done, at: dependencies.clock.now() });
      if (done.counted === 'started') report.started += 1;
      else if (done.counted === 'answered') report.answered += 1;
      else report.skipped += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await dependencies.inbox.fail(candidate.replyId, message, dependencies.clock.now());
      report.failed.push({ replyId: candidate.replyId, error: message });
    }
  }
  return report;
}

interface DispatchedReply {
  outcome: string;
  conversationId: string | null;
  counted: 'started' | 'answered' | 'skipped';
}

/** `retryOf`: the first claim time when this is a retry, else null. */
async function dispatchOne(
  dependencies: DispatchSchedulingRepliesDependencies,
  candidate: SchedulingReplyCandidate,
  retryOf: Date | null,
): Promise<DispatchedReply> {
  if (candidate.awaitingConversationId !== null) {
    const conversationId = candidate.awaitingConversationId;
    if (retryOf !== null) {
      const conversation = await dependencies.conversations.get(conversationId);
      if (conversation && Date.parse(conversation.updatedAt) >= retryOf.getTime()) {
        return { outcome: 'handled by an earlier attempt', conversationId, counted: 'skipped' };
      }
    }
    if (candidate.change) {
      if (!dependencies.meetingChanges)
        return { outcome: 'no meeting change handler', conversationId, counted: 'skipped' };
      const change = { conversationId, leadId: candidate.leadId, change: candidate.change };
      const result = await dispatchMeetingChange(dependencies.meetingChanges, change);
      return { outcome: `${candidate.change}: ${outcomeOf(result)}`, conversationId, counted: 'answered' };
    }
    const result = await dependencies.router.handleReply(conversationId, candidate.visibleText);
    return { outcome: outcomeOf(result), conversationId, counted: 'answered' };
  }
  if (candidate.kind === 'answer')
    return { outcome: 'no awaiting conversation', conversationId: null, counted: 'skipped' };
  const lead = await dependencies.findLead(candidate.leadId);
  if (!lead) return { outcome: `no lead ${candidate.leadId}`, conversationId: null, counted: 'skipped' };
  const conversationId = dependencies.conversationIdFor(candidate.replyId);
  const threadKey = candidate.threadKey ?? `<scheduling-${lead.id}@caio.invalid>`;
  const suggestion = prospectSuggestion(candidate);
  const result = await dependencies.router.startWith(
    {
      leadId: lead.id,
      leadEmail: lead.email,
      threadKey,
      timezone: prospectTimezone(candidate, lead),
      ...(lead.firstName ? { prospectFirstName: lead.firstName } : {}),
      ...(suggestion ? { prospectSuggestion: suggestion } : {}),
    },
    { conversationId, requestKey: `reply:${candidate.replyId}` },
  );
  return {
    outcome: outcomeOf(result),
    conversationId,
    counted: result.kind === 'ignored' ? 'skipped' : 'started',
  };
}
