import type { Command } from 'commander';
import { defaultOperatorName } from '../config/operator-name.js';
import { noSchedulingHostError } from '../scheduling/dispatch/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { MeetingChangeDependencies } from '../scheduling/conversation/index.js';
import { meetingCancelCommand } from './meeting-cancel-command.js';
import { meetingRescheduleCommand } from './meeting-reschedule-command.js';
import type { System } from './open-system.js';
import type { OutputWriter } from './scheduling-commands.js';
import { schedulingRuntimeFor } from './scheduling-workers.js';

/**
 * The meeting-change use cases on an open system: the scheduling router (events removed through
 * `system.gateway` as `SCHEDULER.cancel_event`) and the SQL conversation store; `options.slack` is where
 * an escalated reschedule posts (see `schedulingRuntimeFor`).
 * @throws CaioError `config_invalid` when no host is configured
 */
export async function meetingChangeDependenciesFor(
  system: System,
  options: { slack?: ChatNotifier } = {},
): Promise<MeetingChangeDependencies> {
  const runtime = await schedulingRuntimeFor(system, options);
  if (!runtime) throw noSchedulingHostError();
  return { conversations: runtime.router, store: runtime.conversations };
}

const writeStdout: OutputWriter = (text) => void process.stdout.write(text);

/** `--json` given to the subcommand: commander hands it to `meetings`, which has a `--json` of its own. */
function wantsJson(command: Command): boolean {
  return command.optsWithGlobals<{ json?: boolean }>().json === true;
}

/**
 * Registers `caio meetings cancel <meeting-id> [--reason text] [--as name] [--json]` and
 * `caio meetings reschedule <meeting-id> [--as name] [--json]` (issue 7) under the `meetings` command
 * (`registerSchedulingCommands` creates it; call this after it — a missing one is created).
 */
export function registerMeetingChangeCommands(
  program: Command,
  withSystem: <T>(work: (system: System) => Promise<T>) => Promise<T>,
): void {
  const meetings =
    program.commands.find((command) => command.name() === 'meetings') ??
    program.command('meetings').description('booked and cancelled meetings');
  meetings
    .command('cancel')
    .description('cancel a booked meeting: remove the event and its reminders, tell the prospect (through approval)')
    .argument('<meeting-id>', 'the conversation id or booking id (`caio meetings --json`)')
    .option('--reason <text>', 'why, recorded in the audit and the conversation history')
    .option('--as <name>', 'who cancels, recorded in the audit as the approver', defaultOperatorName())
    .option('--json', 'print JSON')
    .action(async (meetingId: string, options: { reason?: string; as: string }, command: Command) => {
      await withSystem(async (system) =>
        meetingCancelCommand(
          await meetingChangeDependenciesFor(system),
          {
            meetingId,
            actor: options.as,
            json: wantsJson(command),
            ...(options.reason ? { reason: options.reason } : {}),
          },
          writeStdout,
        ),
      );
    });
  meetings
    .command('reschedule')
    .description('cancel a booked meeting and propose new times in the same thread (through approval)')
    .argument('<meeting-id>', 'the conversation id or booking id (`caio meetings --json`)')
    .option('--as <name>', 'who reschedules, recorded in the audit as the approver', defaultOperatorName())
    .option('--json', 'print JSON')
    .action(async (meetingId: string, options: { as: string }, command: Command) => {
      await withSystem(async (system) =>
        meetingRescheduleCommand(
          await meetingChangeDependenciesFor(system),
          { meetingId, actor: options.as, json: wantsJson(command) },
          writeStdout,
        ),
      );
    });
}
