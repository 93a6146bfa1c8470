import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ResolvedConfig } from '../config/load-config.js';
import type { HostEntry } from '../config/hosts-schema.js';
import { resolveHostCalendarSecrets, type HostCalendarSecrets } from '../config/resolve-host-calendar-secrets.js';
import type { Lead } from '../domain/lead.js';
import type { ActionGateway } from '../guardrails/index.js';
import { deterministicId } from '../inbound/replies/index.js';
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import type { Clock } from '../ports/clock.js';
import type { HostLock } from '../ports/host-lock.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/pipeline-store.js';
import type { RecipientLocaleResolver } from '../ports/recipient-locale.js';
import type { SchedulingConversationStore } from '../ports/scheduling-conversation-store.js';
import type { SchedulingOutbox } from '../ports/scheduling-outbox.js';
import type { SchedulingReplyInbox } from '../ports/scheduling-reply-inbox.js';
import { createBookingService, createCalendarService, type BookingService } from '../scheduling/index.js';
import {
  createGatedEventCancellation,
  createSchedulingConversationService,
  type SchedulingConversationService,
} from '../scheduling/conversation/index.js';
import {
  createConversationRouter,
  dispatchSchedulingReplies,
  type DispatchLead,
  type DispatchReport,
  type SchedulingConversationRouter,
} from '../scheduling/dispatch/index.js';
import type { Database } from '../store/index.js';
import { createAdvisoryHostLock } from '../store/repositories/advisory-host-lock.js';
import { createBookingRepository } from '../store/repositories/booking-repository.js';
import { createCalendarEventRepository } from '../store/repositories/calendar-event-repository.js';
import { createHostRotationRepository } from '../store/repositories/host-rotation-repository.js';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { createSchedulingReplyInboxRepository } from '../store/repositories/scheduling-reply-inbox-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import { hostCalendarSources } from './host-calendars.js';
import { meetingVideoLinksFor } from './meeting-video-links.js';
import { resolveHostVideoSecrets, type HostVideoSecrets } from '../config/resolve-host-video-secrets.js';
import { createMeetingVideoLinkRepository } from '../store/repositories/meeting-video-link-repository.js';

/** What the runtime is built from: an open system's parts (a test passes a PGlite database and a fixed clock). */
export interface SchedulingRuntimeParts {
  config: Pick<ResolvedConfig, 'hosts' | 'gohighlevel'>;
  db: Kysely<Database>;
  store: Pick<Store, 'leads' | 'outbox'>;
  jobs: JobQueue;
  clock: Clock;
  /**
   * The action gateway: a booked meeting's event is removed through it as `SCHEDULER.cancel_event` (kill
   * switches, approval, audit). Absent (tests only): the calendar's delete is called directly.
   */
  gateway?: ActionGateway;
}

/** Options of {@link createSchedulingRuntime}. */
export interface SchedulingRuntimeOptions {
  /** Where scheduling messages go: `createApprovalSchedulingOutbox(…)` in production (see scheduling-outbox.ts). */
  outbox: SchedulingOutbox;
  /** Calendar credentials; default `resolveHostCalendarSecrets(config.hosts)` (the environment). */
  secrets?: HostCalendarSecrets;
  /** Video credentials; default `resolveHostVideoSecrets(config.hosts)` (the environment). */
  videoSecrets?: HostVideoSecrets;
  /** Lead location → IANA zone (the send policy's resolver); absent: only zones the prospect's reply gave. */
  locales?: RecipientLocaleResolver;
  /** Default the multi-process advisory lock on `db`. */
  lock?: HostLock;
  /** For calendar HTTP calls; default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Waits between calendar read retries; default a real timer. */
  sleep?: (milliseconds: number) => Promise<void>;
  newId?: () => string;
}

/** One host, wired. */
export interface HostRuntime {
  host: HostEntry;
  /** Every calendar of the host, read fresh (fails closed); writes go to the primary calendar. */
  calendar: CalendarAdapter;
  booking: BookingService;
  /** A conversation service of this host; `newId` names the conversation a `start` creates. */
  conversations(newId: () => string): SchedulingConversationService;
}

/** The composed scheduling assistant. */
export interface SchedulingRuntime {
  /** Every configured host by id (inactive ones too: their conversations still finish). */
  hosts: ReadonlyMap<string, HostRuntime>;
  /** Active host ids in configuration order (round-robin candidates). */
  activeHostIds: readonly string[];
  /** Routes every conversation step to its host; `start` chooses the host by round-robin. */
  router: SchedulingConversationRouter;
  conversations: SchedulingConversationStore;
  inbox: SchedulingReplyInbox;
  /** One pass of the reply dispatcher (the `scheduling-dispatch` job). */
  dispatch(): Promise<DispatchReport>;
  /** The lead by email, with the zone of its location and its first thread (CLI). */
  findLeadByEmail(email: string): Promise<(DispatchLead & { threadKey?: string }) | undefined>;
}

/** The id of the conversation a `scheduling-requested` reply starts (a replay finds the same one). */
export function conversationIdForReply(replyId: string): string {
  return deterministicId(`scheduling-conversation:${replyId}`);
}

/** The range within which availability counts for host choice (SPEC §6.9: no availability in 14 days escalates). */
const availabilityDays = 14;

/**
 * Composes the scheduling assistant (SPEC §7, issue 7) from `hosts:`: per host its calendars (embedded
 * through the store, CalDAV, Google, GoHighLevel), the calendar service, the booking guard (SQL booking
 * store + PostgreSQL advisory host lock, specs/scheduling.md §6.7) and the conversation service over the
 * SQL conversation store and the given outbox; across hosts, the round-robin router with its durable
 * rotation state, and the reply dispatcher.
 * @throws ConfigError / CaioError `config_invalid` when a calendar credential is missing
 */
export function createSchedulingRuntime(
  parts: SchedulingRuntimeParts,
  options: SchedulingRuntimeOptions,
): SchedulingRuntime {
  const { config, clock, db } = parts;
  const newId = options.newId ?? randomUUID;
  const secrets = options.secrets ?? resolveHostCalendarSecrets(config.hosts);
  const videoSecrets = options.videoSecrets ?? resolveHostVideoSecrets(config.hosts);
  const videoLinkStore = createMeetingVideoLinkRepository(db);
  const calendarService = createCalendarService({ now: () => clock.now() });
  const conversations = createSchedulingConversationRepository(schedulingDatabaseOf(db));
  const inbox = createSchedulingReplyInboxRepository(db);
  const lock = options.lock ?? createAdvisoryHostLock(db);
  const bookings = createBookingRepository(db);
  const embeddedEvents = createCalendarEventRepository(db);
  const context = {
    embeddedEvents,
    secrets,
    goHighLevel: { locationId: config.gohighlevel.locationId, baseUrl: config.gohighlevel.baseUrl },
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };

  const hosts = new Map<string, HostRuntime & { sources: ReturnType<typeof hostCalendarSources> }>();
  for (const host of config.hosts) {
    const sources = hostCalendarSources(host, context);
    const calendar = calendarService.bookingCalendar(host.id, sources);
    const booking = createBookingService({ host, calendar, now: () => clock.now(), lock, bookings });
    const videoLinks = meetingVideoLinksFor(host, {
      store: videoLinkStore,
      clock,
      secrets: videoSecrets,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    hosts.set(host.id, {
      host,
      sources,
      calendar,
      booking,
      conversations: (conversationIdSource) =>
        createSchedulingConversationService({
          host,
          calendar,
          booking,
          deleteEvent: (bookingId) => calendar.deleteEvent(bookingId),
          ...(parts.gateway
            ? {
                cancelEvent: createGatedEventCancellation({
                  gateway: parts.gateway,
                  deleteEvent: (bookingId) => calendar.deleteEvent(bookingId),
                  clock,
                }),
              }
            : {}),
          store: conversations,
          outbox: options.outbox,
          jobs: parts.jobs,
          videoLinks,
          clock,
          newId: conversationIdSource,
          ...(options.sleep ? { sleep: options.sleep } : {}),
        }),
    });
  }
  const activeHostIds = config.hosts.filter((host) => host.active).map((host) => host.id);

  async function hasAvailability(hostId: string): Promise<boolean> {
    const wired = hosts.get(hostId);
    if (!wired) return false;
    const now = clock.now();
    const result = await calendarService.proposeSlots({
      host: wired.host,
      calendars: wired.sources,
      request: {
        now: now.toISOString(),
        durationMinutes: 30,
        windowStart: now.toISOString(),
        windowEnd: new Date(now.getTime() + availabilityDays * 86_400_000).toISOString(),
        prospectTimezone: wired.host.timezone,
        maxProposals: 1,
      },
    });
    return result.degraded !== true && result.error === undefined && result.available.length > 0;
  }

  const router = createConversationRouter({
    hosts: {
      hostIds: activeHostIds,
      serviceFor: (hostId, conversationIdSource) => hosts.get(hostId)?.conversations(conversationIdSource),
      hasAvailability,
    },
    store: conversations,
    rotation: createHostRotationRepository(db),
    clock,
    newId,
    supersedeThread: (leadId, threadKey, at) => inbox.supersedeThread(leadId, threadKey, at),
  });

  function dispatchLeadOf(lead: Lead | null): DispatchLead | null {
    if (!lead?.email) return null;
    const zone = options.locales?.resolve({ city: lead.city, state: lead.state, country: lead.country })?.timeZone;
    return { id: lead.id, email: lead.email, firstName: lead.firstName, ...(zone ? { timezone: zone } : {}) };
  }

  return {
    hosts,
    activeHostIds,
    router,
    conversations,
    inbox,
    dispatch: () =>
      dispatchSchedulingReplies({
        inbox,
        router,
        meetingChanges: router,
        conversations,
        findLead: async (leadId) => dispatchLeadOf(await parts.store.leads.findById(leadId)),
        conversationIdFor: conversationIdForReply,
        clock,
      }),
    async findLeadByEmail(email) {
      const found = dispatchLeadOf(await parts.store.leads.findByEmail(email.trim().toLowerCase()));
      if (!found) return undefined;
      const [first] = await parts.store.outbox.list({ leadId: found.id, limit: 1 });
      return { ...found, ...(first ? { threadKey: first.threadKey } : {}) };
    },
  };
}
