/**
 * One {@link SchedulingConversationService} over every configured host (SPEC §7): `start` chooses the host
 * by round-robin among hosts with availability; every later step goes to the conversation's own host.
 * Also answers the send worker's `confirmCalendarInvite` (SPEC §3.6: approving an invite re-runs the
 * booking guard before anything is written).
 */
import type { Clock } from '../../ports/clock.js';
import type { HostRotationStore } from '../../ports/host-rotation-store.js';
import type { SchedulingConversationStore } from '../../ports/scheduling-conversation-store.js';
import type {
  ConversationStepResult,
  SchedulingConversationService,
} from '../conversation/scheduling-conversation-service.js';
import { chooseHost, peekNextHost } from './choose-host.js';

/** What `start` takes. */
export type ConversationStartRequest = Parameters<SchedulingConversationService['start']>[0];

/** The answer to the send worker before an approved `calendar_invite_create` draft leaves. */
export type CalendarInviteConfirmation = { booked: true; bookingId: string } | { booked: false; reason: string };

/** The configured hosts as the router sees them. */
export interface ConversationHosts {
  /** Active host ids in configuration order (`hosts[]` with `active: true`). */
  hostIds: readonly string[];
  /**
   * The conversation service of a configured host (active or not: a deactivated host's conversations
   * still finish), or undefined for an unknown id. `newId` names the conversation a `start` creates.
   */
  serviceFor(hostId: string, newId: () => string): SchedulingConversationService | undefined;
  /** True when the host has a valid slot in the next 14 days (false on a degraded calendar). */
  hasAvailability(hostId: string): Promise<boolean>;
}

/** Dependencies of {@link createConversationRouter}. */
export interface ConversationRouterDependencies {
  hosts: ConversationHosts;
  store: Pick<SchedulingConversationStore, 'get'>;
  rotation: HostRotationStore;
  clock: Clock;
  newId: () => string;
  /**
   * Called before a conversation starts in a thread: replies already in it are not answers to the new
   * conversation (the dispatcher's `SchedulingReplyInbox.supersedeThread`). Absent: nothing to mark.
   */
  supersedeThread?: (leadId: string, threadKey: string, at: Date) => Promise<void>;
}

/** The router: the service surface plus the dispatcher's and the send worker's entry points. */
export interface SchedulingConversationRouter extends SchedulingConversationService {
  /**
   * Starts a conversation under a chosen id; a request key already assigned keeps its host. When a
   * conversation with this id exists (a replay), does nothing and answers `ignored`.
   */
  startWith(
    request: ConversationStartRequest,
    options: { conversationId: string; requestKey: string },
  ): Promise<ConversationStepResult>;
  /**
   * Re-runs the booking guard for an approved invite (SPEC §3.6). `booked` when the conversation is (now,
   * or already — a retried send job) booked at `start`; otherwise why the invite must not leave.
   */
  confirmCalendarInvite(invite: { conversationId: string; start: string }): Promise<CalendarInviteConfirmation>;
  /** The host a `start` would try first now (rotation peek, no state change); for `caio slots`. */
  nextHostId(): Promise<string>;
}

/** Creates the router. */
export function createConversationRouter(dependencies: ConversationRouterDependencies): SchedulingConversationRouter {
  const { hosts, store } = dependencies;

  async function routed(
    conversationId: string,
    step: (service: SchedulingConversationService) => Promise<ConversationStepResult>,
  ): Promise<ConversationStepResult> {
    const conversation = await store.get(conversationId);
    if (!conversation) return { kind: 'ignored', reason: `no conversation ${conversationId}` };
    const service = hosts.serviceFor(conversation.hostId, dependencies.newId);
    if (!service) return { kind: 'ignored', reason: `host ${conversation.hostId} is no longer configured` };
    return step(service);
  }

  async function startWith(
    request: ConversationStartRequest,
    options: { conversationId: string; requestKey: string },
  ): Promise<ConversationStepResult> {
    if (await store.get(options.conversationId)) return { kind: 'ignored', reason: 'conversation already started' };
    const hostId = await chooseHost({
      hostIds: hosts.hostIds,
      requestKey: options.requestKey,
      rotation: dependencies.rotation,
      hasAvailability: hosts.hasAvailability,
      now: dependencies.clock.now(),
    });
    const service = hosts.serviceFor(hostId, () => options.conversationId);
    if (!service) return { kind: 'ignored', reason: `host ${hostId} is not configured` };
    await dependencies.supersedeThread?.(request.leadId, request.threadKey, dependencies.clock.now());
    return service.start(request);
  }

  return {
    startWith,
    start(request) {
      const conversationId = dependencies.newId();
      return startWith(request, { conversationId, requestKey: `start:${conversationId}` });
    },
    handleReply: (conversationId, text) =>
      routed(conversationId, (service) => service.handleReply(conversationId, text)),
    confirmInvite: (conversationId) => routed(conversationId, (service) => service.confirmInvite(conversationId)),
    cancel: (conversationId, reason, requestedBy) =>
      routed(conversationId, (service) => service.cancel(conversationId, reason, requestedBy)),
    async reschedule(conversationId, requestedBy) {
      const result = await routed(conversationId, (service) => service.reschedule(conversationId, requestedBy));
      // Replies the thread received while booked ("thanks, see you then") are not answers to the new proposals.
      if (result.kind !== 'refused' && result.kind !== 'ignored') {
        const { leadId, threadKey } = result.conversation;
        await dependencies.supersedeThread?.(leadId, threadKey, dependencies.clock.now());
      }
      return result;
    },
    sendReminder: (payload) => routed(payload.conversationId, (service) => service.sendReminder(payload)),

    async confirmCalendarInvite({ conversationId, start }) {
      const conversation = await store.get(conversationId);
      if (!conversation) return { booked: false, reason: `no scheduling conversation ${conversationId}` };
      if (conversation.bookingId !== null && conversation.meetingStart === start) {
        return { booked: true, bookingId: conversation.bookingId };
      }
      const pending =
        conversation.status === 'awaiting-reply' &&
        conversation.proposals.length === 1 &&
        conversation.proposals[0] === start;
      if (!pending) {
        return { booked: false, reason: `the invite for ${start} is no longer current (${conversation.status})` };
      }
      const result = await routed(conversationId, (service) => service.confirmInvite(conversationId));
      if (result.kind === 'booked') return { booked: true, bookingId: result.bookingId };
      if (result.kind === 'ignored') return { booked: false, reason: result.reason };
      if (result.kind === 'escalated') return { booked: false, reason: `escalated: ${result.reason}` };
      return { booked: false, reason: `the booking guard refused ${start}; new times were proposed` };
    },

    nextHostId: () => peekNextHost(hosts.hostIds, dependencies.rotation),
  };
}
