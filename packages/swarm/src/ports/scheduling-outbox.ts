/**
 * Outbound messages of SCHEDULER (SPEC §7), handed to the approval gateway rather than sent directly:
 * scheduling replies are approval class SMART (`scheduling_response`), calendar invites follow
 * `calendar_invite_create` (SPEC §3.6 mode × class), reminders are `reminder_send`.
 */

/** The approval action of a scheduling message (SPEC §3.6 approval classes). */
export type SchedulingMessageAction = 'scheduling_response' | 'calendar_invite_create' | 'reminder_send';

/** One message SCHEDULER wants to send in a lead's thread. */
export interface SchedulingMessage {
  action: SchedulingMessageAction;
  conversationId: string;
  leadId: string;
  to: string;
  /** Root Message-ID of the thread, so the reply keeps In-Reply-To/References. */
  threadKey: string;
  subject: string;
  /** Plain-text body. */
  text: string;
  /** Hidden metadata headers, e.g. `X-Caio-Proposals` with the exact instants (spec §6.6). */
  headers: Record<string, string>;
  /** An RFC 5545 `METHOD:REQUEST` calendar object for invites. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Makes a retried hand-over a no-op. */
  idempotencyKey: string;
  /** The prospect's message this answers (In-Reply-To), when known; else the send path threads to our last. */
  inReplyTo?: string;
  /** For `calendar_invite_create`: the meeting start (ISO 8601 UTC) the booking guard re-checks on approval. */
  meetingStart?: string;
}

/** Hands scheduling messages to the approval queue / send path; escalations to a human. */
export interface SchedulingOutbox {
  /** Queues a message for approval per its action's class. */
  submit(message: SchedulingMessage): Promise<void>;
  /** Hands the thread to a human with a summary (spec §6.9). */
  escalate(escalation: { conversationId: string; leadId: string; reason: string; summary: string }): Promise<void>;
}
