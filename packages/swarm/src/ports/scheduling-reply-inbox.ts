/**
 * The scheduling dispatcher's view of inbound replies (issue 7): which replies still need SCHEDULER, and an
 * exactly-once ledger of the ones it consumed. Two kinds reach it:
 * - `request`: a reply routed as a scheduling request, i.e. its stored `scheduling-requested` domain event
 *   (`inbound/replies/execute-reply-route.ts`);
 * - `answer`: any other reply in a thread whose scheduling conversation awaits a reply (an answer such as
 *   "the second one" may be classified as acceptance, question or other), except our own messages,
 *   bounces, out-of-office replies, unsubscribe requests and rejections; and a reply in the thread of a
 *   BOOKED meeting that routing read as a request to move or cancel it (`change`).
 */

/** What a reply asks of the thread's BOOKED meeting: move it or call it off (specs/scheduling.md §6.8). */
export type BookedMeetingChange = 'reschedule' | 'cancel';

/**
 * The `action_taken` reply routing records for a reply asking for each {@link BookedMeetingChange}
 * (`inbound/replies/route-reply.ts`); the inbox store reads it back as `SchedulingReplyCandidate.change`.
 */
export const meetingChangeActionTaken = {
  reschedule: 'meeting_reschedule_requested',
  cancel: 'meeting_cancel_requested',
} as const satisfies Record<BookedMeetingChange, string>;

/** One reply to dispatch. Instants are `Date`s (UTC). */
export interface SchedulingReplyCandidate {
  replyId: string;
  kind: 'request' | 'answer';
  leadId: string;
  threadKey: string | null;
  /** The visible reply text (unredacted; never log it). */
  visibleText: string;
  /**
   * The awaiting conversation of the reply's thread, when there is one — or, for a `change` reply, the
   * booked conversation whose meeting it asks to move or cancel.
   */
  awaitingConversationId: string | null;
  /**
   * Set when reply routing read the reply as a request to move (`reschedule`) or call off (`cancel`) the
   * thread's BOOKED meeting (action taken `meeting_reschedule_requested` / `meeting_cancel_requested`).
   */
  change?: BookedMeetingChange;
  /** From the event: the prospect's zone as the classifier read it, and any times they proposed. */
  timezone?: string;
  proposedTimes?: string[];
  /** When the reply was stored. */
  storedAt: Date;
  /**
   * When the reply was received (its message date as ingested); the reference for relative words in it
   * ("tomorrow at 3pm"). Absent: `storedAt` stands in.
   */
  receivedAt?: Date;
}

/** A claim on one reply; `firstClaimedAt` is when the first attempt (this one or an earlier, failed one) began. */
export interface SchedulingReplyClaim {
  attempts: number;
  firstClaimedAt: Date;
}

/** The dispatcher's store. */
export interface SchedulingReplyInbox {
  /**
   * Replies to dispatch, oldest first: never consumed, or failed with fewer than `maximumAttempts`
   * attempts, or claimed before `staleBefore` (a worker died). Requests whose event is older than `since`
   * are ignored (stale); answers have no age limit (replies from before a conversation started in the thread
   * are superseded when it starts).
   */
  pending(query: {
    since: Date;
    staleBefore: Date;
    maximumAttempts: number;
    limit: number;
  }): Promise<SchedulingReplyCandidate[]>;
  /**
   * Claims a reply for this worker; null when another worker holds a live claim or it is done. Re-claims
   * a failed reply (attempts < maximum) or a stale claim, counting the attempt.
   */
  claim(
    replyId: string,
    kind: 'request' | 'answer',
    at: Date,
    options: { staleBefore: Date; maximumAttempts: number },
  ): Promise<SchedulingReplyClaim | null>;
  /** Marks the reply consumed with what happened. */
  complete(replyId: string, outcome: { outcome: string; conversationId: string | null; at: Date }): Promise<void>;
  /** Records a failed attempt (retried on a later pass until the maximum). */
  fail(replyId: string, error: string, at: Date): Promise<void>;
  /**
   * Marks every not yet consumed reply of the lead's thread as superseded (a new conversation starts
   * there: earlier replies are not answers to it).
   */
  supersedeThread(leadId: string, threadKey: string, at: Date): Promise<void>;
}
