import { createCityTimezonesLocaleResolver } from '../adapters/geo/index.js';
import { createCachedLocaleResolver } from '../outbound/policy/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { JobQueue } from '../ports/job-queue.js';
import { meetingReminderJob, type MeetingReminderPayload } from '../scheduling/conversation/index.js';
import type { DispatchReport } from '../scheduling/dispatch/index.js';
import type { System } from './open-system.js';
import { schedulingOutboxFor } from './scheduling-outbox.js';
import { createSchedulingRuntime, type SchedulingRuntime } from './scheduling-runtime.js';

/** The scheduling dispatcher's queue (one pass per job). */
export const schedulingDispatchJob = 'scheduling-dispatch';

/**
 * How often the dispatcher runs: every minute (pg-boss cron granularity). Scheduling replies go through
 * approval and email round trips of hours, so a minute of latency is invisible to the prospect.
 */
export const schedulingDispatchCron = '* * * * *';

/** The runtimes built per system, by the Slack client their outbox notifies through (see below). */
const runtimesBySystem = new WeakMap<System, Map<ChatNotifier | undefined, Promise<SchedulingRuntime | null>>>();

/**
 * The scheduling assistant of an open system, or null when no host is configured (`hosts:` empty: nothing
 * to schedule with; scheduling requests then stay with a person through the inbox and the Slack notice).
 * Built once per system and Slack client: `caio serve` in embedded mode asks for it from the workers and
 * from the meeting-change routes, and both must share one set of calendar and video breakers (a failing
 * provider trips one breaker per process, not one per caller). A failed build is not kept.
 * @throws (rejects) ConfigError when a host calendar's credential is missing from the environment
 */
export function schedulingRuntimeFor(
  system: System,
  options: { slack?: ChatNotifier } = {},
): Promise<SchedulingRuntime | null> {
  const bySlack =
    runtimesBySystem.get(system) ?? new Map<ChatNotifier | undefined, Promise<SchedulingRuntime | null>>();
  runtimesBySystem.set(system, bySlack);
  const known = bySlack.get(options.slack);
  if (known) return known;
  const built = buildSchedulingRuntime(system, options);
  bySlack.set(options.slack, built);
  built.catch(() => bySlack.delete(options.slack));
  return built;
}

async function buildSchedulingRuntime(
  system: System,
  options: { slack?: ChatNotifier },
): Promise<SchedulingRuntime | null> {
  if (system.config.hosts.length === 0) return null;
  const jobs = await system.jobs();
  return createSchedulingRuntime(
    {
      config: system.config,
      db: system.database.db,
      store: system.store,
      jobs,
      clock: system.clock,
      gateway: system.gateway,
    },
    {
      outbox: schedulingOutboxFor(system, jobs, options),
      locales: createCachedLocaleResolver(createCityTimezonesLocaleResolver()),
    },
  );
}

/**
 * Registers SCHEDULER's workers (issue 7): the reply dispatcher (`scheduling-dispatch`, run every minute by
 * pg-boss cron, once per occurrence across processes; several workers are safe — each reply is claimed
 * once) and the meeting reminders (`meeting-reminder` → `sendReminder`, idempotent per booking and kind).
 * Errors propagate so the queue retries the job.
 */
export async function startSchedulingWorkers(
  jobs: JobQueue,
  runtime: SchedulingRuntime,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  await jobs.declareQueues([schedulingDispatchJob, meetingReminderJob]);
  await jobs.work(schedulingDispatchJob, async () => {
    const report: DispatchReport = await runtime.dispatch();
    if (report.started + report.answered > 0 || report.failed.length > 0) {
      log(
        `caio scheduling: started ${report.started}, answered ${report.answered}, failed ${report.failed.length}` +
          report.failed.map((failure) => `\n  reply ${failure.replyId}: ${failure.error}`).join(''),
      );
    }
  });
  await jobs.work<MeetingReminderPayload>(meetingReminderJob, async (job) => {
    await runtime.router.sendReminder(job.payload);
  });
  await jobs.schedule?.(schedulingDispatchJob, schedulingDispatchCron);
}
