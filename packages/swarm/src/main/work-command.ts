import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import { approvalIntegrationsFor, type ApprovalIntegrations } from './approval-integrations.js';
import { startInboundEventWorker } from './inbound-webhooks.js';
import { languageModelPollingOptions } from './language-model-polling-options.js';
import { startMailboxPolling } from './mailbox-polling.js';
import { startDecaySchedule } from './decay-schedule.js';
import { openSystem, type System } from './open-system.js';
import { outboundTransportsFor } from './outbound-transports.js';
import { sendWorkerDependenciesFor, startSendWorkers } from './send-worker.js';
import { schedulingRuntimeFor, startSchedulingWorkers } from './scheduling-workers.js';

/**
 * Starts every background worker of a system on its job queue: the send worker with its
 * dead-letter handler (issue 4), the inbound event worker and IMAP mailbox polling (issue 6). `caio serve` calls it in embedded
 * mode; `caio work` runs it on its own (any number of machines against one PostgreSQL).
 * `integrations` are the Slack/Twilio/SMTP clients (and breakers) the caller already built — `caio serve`
 * passes its own so one Slack breaker sees every Slack failure; built from the config when omitted.
 *
 * @returns a function that stops what outlives the job queue — the IMAP IDLE connections (issue 6
 *   "Mailboxes") — to call before `system.close()`; it never rejects.
 */
export async function startWorkers(
  system: System,
  integrations: ApprovalIntegrations = approvalIntegrationsFor(system.config, system.clock),
): Promise<() => Promise<void>> {
  const jobs = await system.jobs();
  const transports = outboundTransportsFor(system.config, system.clock);
  const scheduling = await schedulingRuntimeFor(system, integrations.slack ? { slack: integrations.slack } : {});
  await startSendWorkers(
    jobs,
    await sendWorkerDependenciesFor(system, {
      transports,
      ...(integrations.slack ? { slack: integrations.slack } : {}),
      ...(scheduling ? { confirmCalendarInvite: scheduling.router.confirmCalendarInvite } : {}),
    }),
  );
  if (scheduling) await startSchedulingWorkers(jobs, scheduling);
  await startInboundEventWorker(jobs, system);
  const mailboxPolling = await startMailboxPolling(jobs, system, {
    ...(integrations.slack ? { slack: integrations.slack } : {}),
    ...languageModelPollingOptions(system.config.languageModel),
  });
  await startDecaySchedule(jobs, system);
  return () => mailboxPolling.stop();
}

/** Registers `caio work`: runs the workers until SIGINT/SIGTERM, then drains and closes. */
export function registerWorkCommand(program: Command): void {
  program
    .command('work')
    .description(
      'run background workers (sends, dead letters, inbound events) until stopped; safe on several machines with DATABASE_URL',
    )
    .action(async () => {
      const config = loadConfig(program.opts<{ config?: string }>().config);
      const system = await openSystem(config);
      const stopWorkers = await startWorkers(system);
      process.stderr.write(
        `caio work: workers running (mode ${config.mode}, ${config.databaseUrl ? 'PostgreSQL' : 'embedded database'}); Ctrl-C stops.\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stderr.write('caio work: stopping (jobs in flight finish first)…\n');
      await stopWorkers();
      await system.close();
    });
}
