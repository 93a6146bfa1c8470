import type { ResolvedConfig } from '../config/load-config.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { DecayReport } from '../signals/run-decay.js';
import { decayLeads } from './decay-command.js';
import type { System } from './open-system.js';

/** The daily lead-decay job (SPEC §4 "decay rules run daily and on demand"); declared by {@link startDecaySchedule}. */
export const leadDecayJob = 'lead-decay';

/** When the daily pass runs: 04:23 UTC, after the 03:17 retention purge and off the top of the hour. */
export const leadDecayCron = '23 4 * * *';

/**
 * Channels whose opens we actually observe (SPEC §4: "Open tracking is off by default for SMTP"): `email`
 * only when `tracking.opens` is on. Leads last reached on any other channel get the reply-based rule only.
 */
export function channelsWithOpenDataOf(config: Pick<ResolvedConfig, 'tracking'>): ReadonlySet<string> {
  return new Set(config.tracking.opens ? ['email'] : []);
}

/**
 * Declares the `lead-decay` queue, registers its worker and the daily schedule (pg-boss cron, once per
 * occurrence across processes; a queue without cron support gets only the worker). Each run applies the
 * decay rules at the system clock's now through the status machine as `system:decay` (the same pass as
 * `caio decay`), respecting {@link channelsWithOpenDataOf}. `onReport` receives each run's report
 * (logging); errors propagate so the queue retries the job.
 */
export async function startDecaySchedule(
  jobs: JobQueue,
  system: {
    database: Pick<System['database'], 'db'>;
    clock: System['clock'];
    config: Pick<ResolvedConfig, 'tracking'>;
  },
  onReport: (report: DecayReport) => void = () => undefined,
): Promise<void> {
  const channelsWithOpenData = channelsWithOpenDataOf(system.config);
  await jobs.declareQueues([leadDecayJob]);
  await jobs.work(leadDecayJob, async () => {
    onReport(await decayLeads(system, { dryRun: false, channelsWithOpenData }));
  });
  await jobs.schedule?.(leadDecayJob, leadDecayCron);
}
