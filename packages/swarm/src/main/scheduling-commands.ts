/**
 * CLI commands of the scheduling assistant (SPEC §7; issue 7): `caio schedule <lead-email>` starts the
 * flow by hand (until `scheduling-requested` events arrive from Inbound II), `caio meetings [--json]`
 * lists booked and cancelled meetings, `caio slots --for <lead> [--json]` shows what would be proposed.
 * Each command takes its dependencies, parsed options and an output writer; `cli.ts` wires them.
 */
import { CaioError } from '../domain/errors.js';
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import type { Clock } from '../ports/clock.js';
import type { SchedulingConversationStore } from '../ports/scheduling-conversation-store.js';
import type { HostConfig } from '../scheduling/index.js';
import { formatProspectTime, readSlots, type SchedulingConversationService } from '../scheduling/conversation/index.js';

/** The lead facts the commands need. */
export interface SchedulingLead {
  id: string;
  email: string;
  /** IANA zone when known (enrichment or a prior reply). */
  timezone?: string;
  /** Root Message-ID of the lead's thread, when one exists. */
  threadKey?: string;
}

/** Dependencies, built by the composition root. */
export interface SchedulingCommandDependencies {
  conversations: SchedulingConversationService;
  store: SchedulingConversationStore;
  findLeadByEmail(email: string): Promise<SchedulingLead | undefined>;
  calendar: CalendarAdapter;
  host: HostConfig;
  clock: Clock;
}

/** Writes one chunk of output (stdout in the CLI). */
export type OutputWriter = (text: string) => void;

async function requireLead(dependencies: SchedulingCommandDependencies, email: string): Promise<SchedulingLead> {
  const lead = await dependencies.findLeadByEmail(email.trim().toLowerCase());
  if (!lead) throw new CaioError('not_found', `No lead with email ${email}; import it first (caio leads import).`);
  return lead;
}

/**
 * `caio schedule <lead-email> [--timezone <iana>]`: starts the conversation and prints what happened.
 * @throws CaioError `not_found` for an unknown lead
 */
export async function scheduleCommand(
  dependencies: SchedulingCommandDependencies,
  options: { leadEmail: string; timezone?: string },
  write: OutputWriter,
): Promise<void> {
  const lead = await requireLead(dependencies, options.leadEmail);
  const zone = options.timezone ?? lead.timezone;
  const result = await dependencies.conversations.start({
    leadId: lead.id,
    leadEmail: lead.email,
    threadKey: lead.threadKey ?? `<scheduling-${lead.id}@caio.invalid>`,
    timezone: { id: zone, source: options.timezone ? 'confirmed' : zone ? 'inferred' : 'ambiguous' },
  });
  if (result.kind === 'proposed') {
    write(
      `Proposed ${result.conversation.proposals.length} times to ${lead.email} (conversation ${result.conversation.id}):\n`,
    );
    for (const start of result.conversation.proposals) {
      write(`  ${start}  ${formatProspectTime(result.conversation.prospectTimezone, Date.parse(start))}\n`);
    }
  } else if (result.kind === 'escalated') {
    write(`Escalated to a human: ${result.reason}.\n`);
  } else {
    write(`Nothing done: ${result.kind}.\n`);
  }
}

/** `caio meetings [--json]`: booked and cancelled meetings, newest first. */
export async function meetingsCommand(
  dependencies: SchedulingCommandDependencies,
  options: { json?: boolean },
  write: OutputWriter,
): Promise<void> {
  const meetings = (await dependencies.store.listMeetings()).map((conversation) => ({
    conversationId: conversation.id,
    leadEmail: conversation.leadEmail,
    hostId: conversation.hostId,
    status: conversation.status,
    bookingId: conversation.bookingId,
    start: conversation.meetingStart,
    durationMinutes: conversation.durationMinutes,
    exchanges: conversation.exchangeCount,
  }));
  if (options.json) {
    write(`${JSON.stringify(meetings, null, 2)}\n`);
    return;
  }
  if (meetings.length === 0) write('No meetings yet.\n');
  for (const meeting of meetings) {
    write(
      `${meeting.start ?? '(cancelled)'}  ${meeting.status.padEnd(9)}  ${meeting.leadEmail}  host ${meeting.hostId}  ${meeting.durationMinutes} min\n`,
    );
  }
}

/**
 * `caio slots --for <lead-email> [--json]`: the available slots and proposals for the next 14 days, in
 * the lead's zone (the host's zone when the lead's is unknown).
 * @throws CaioError `not_found` for an unknown lead; `vendor_error` when the calendar cannot be read
 */
export async function slotsCommand(
  dependencies: SchedulingCommandDependencies,
  options: { for: string; json?: boolean; durationMinutes?: number },
  write: OutputWriter,
): Promise<void> {
  const lead = await requireLead(dependencies, options.for);
  const now = dependencies.clock.now();
  const zone = lead.timezone ?? dependencies.host.timezone;
  const read = await readSlots(
    dependencies.calendar,
    dependencies.host,
    {
      now: now.toISOString(),
      windowStart: now.toISOString(),
      windowEnd: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
      durationMinutes: options.durationMinutes ?? 30,
      prospectTimezone: zone,
    },
    { attempts: 1, sleep: async () => undefined, backoffMilliseconds: 0 },
  );
  if (read.degraded) {
    throw new CaioError('vendor_error', 'The host calendar could not be read; check the calendar settings and retry.', {
      cause: read.error,
    });
  }
  if (options.json) {
    write(`${JSON.stringify({ prospectTimezone: zone, ...read.result }, null, 2)}\n`);
    return;
  }
  write(`${read.result.available.length} slots in the next 14 days for ${lead.email} (${zone}); proposals:\n`);
  for (const slot of read.result.proposals) {
    write(
      `  ${slot.start}  ${formatProspectTime(zone, Date.parse(slot.start))}${slot.prospectPreferred ? '' : '  (outside preferred hours)'}\n`,
    );
  }
}
