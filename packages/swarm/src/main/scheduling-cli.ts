import type { Command } from 'commander';
import { noSchedulingHostError } from '../scheduling/dispatch/index.js';
import type { System } from './open-system.js';
import {
  meetingsCommand,
  scheduleCommand,
  slotsCommand,
  type OutputWriter,
  type SchedulingCommandDependencies,
} from './scheduling-commands.js';
import { schedulingRuntimeFor } from './scheduling-workers.js';

/**
 * The scheduling commands' dependencies on an open system: the round-robin router, the SQL conversation
 * store, the lead lookup (with the zone of the lead's location and its first thread), and for `caio slots`
 * the host a new conversation would try first, with its calendars.
 * @throws CaioError `config_invalid` when no host is configured
 */
export async function schedulingCommandDependenciesFor(system: System): Promise<SchedulingCommandDependencies> {
  const runtime = await schedulingRuntimeFor(system);
  if (!runtime) throw noSchedulingHostError();
  const hostId = await runtime.router.nextHostId();
  const host = runtime.hosts.get(hostId);
  if (!host) throw noSchedulingHostError();
  return {
    conversations: runtime.router,
    store: runtime.conversations,
    findLeadByEmail: (email) => runtime.findLeadByEmail(email),
    calendar: host.calendar,
    host: host.host,
    clock: system.clock,
  };
}

const writeStdout: OutputWriter = (text) => void process.stdout.write(text);

/**
 * Registers `caio schedule <lead-email> [--timezone <iana>]`, `caio meetings [--json]` and
 * `caio slots --for <lead-email> [--json]` (SPEC §7, issue 7). Each opens the system, runs, and closes it
 * (`withSystem`), so the process exits when the command is done.
 */
export function registerSchedulingCommands(
  program: Command,
  withSystem: <T>(work: (system: System) => Promise<T>) => Promise<T>,
): void {
  program
    .command('schedule')
    .description('start scheduling a meeting with a lead: propose 3–5 times by email (through approval)')
    .argument('<lead-email>', 'the lead’s email address')
    .option('--timezone <iana>', 'the lead’s IANA time zone, e.g. America/New_York (default: from their location)')
    .action(async (leadEmail: string, options: { timezone?: string }) => {
      await withSystem(async (system) =>
        scheduleCommand(
          await schedulingCommandDependenciesFor(system),
          { leadEmail, ...(options.timezone ? { timezone: options.timezone } : {}) },
          writeStdout,
        ),
      );
    });
  program
    .command('meetings')
    .description('list booked and cancelled meetings, newest first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withSystem(async (system) =>
        meetingsCommand(await schedulingCommandDependenciesFor(system), { json: options.json ?? false }, writeStdout),
      );
    });
  program
    .command('slots')
    .description('show the times SCHEDULER would propose to a lead in the next 14 days')
    .requiredOption('--for <lead-email>', 'the lead’s email address')
    .option('--json', 'print JSON')
    .action(async (options: { for: string; json?: boolean }) => {
      await withSystem(async (system) =>
        slotsCommand(
          await schedulingCommandDependenciesFor(system),
          { for: options.for, json: options.json ?? false },
          writeStdout,
        ),
      );
    });
}
