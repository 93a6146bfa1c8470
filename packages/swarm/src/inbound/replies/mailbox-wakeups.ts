import type { Clock } from '../../ports/clock.js';
import type { JobQueue } from '../../ports/job-queue.js';
import { mailboxPollJob, mailboxPollSingletonKey, type MailboxPollPayload } from './mailbox-poll-job.js';

/** What {@link createMailboxWakeups} needs. */
export interface MailboxWakeupsOptions {
  jobs: Pick<JobQueue, 'send'>;
  clock: Clock;
  /** Receives one line when enqueuing fails (no PII: mailbox keys are our own addresses). */
  log: (line: string) => void;
  /**
   * How long (ms, default 60 000) a wakeup this process enqueued counts as still waiting when no poll of
   * that mailbox started here — the job may have run in another worker process sharing the database.
   */
  holdMs?: number;
}

/** Turns IDLE notifications into `mailbox-poll` jobs without piling them up. */
export interface MailboxWakeups {
  /**
   * New mail in `mailbox`: enqueues one `mailbox-poll` job for it (singleton key `mailbox-poll:<key>`)
   * unless a job this process enqueued for it has not started yet. Never rejects: a failed enqueue is
   * logged and left to the interval poll.
   */
  wake(mailbox: string): Promise<void>;
  /** A poll of `mailbox` is starting (any trigger): mail arriving from now on needs a new job. */
  pollStarted(mailbox: string): void;
}

/**
 * The dedupe between IDLE wakeups and polls (issue 6 "Mailboxes"): a burst of `EXISTS` notifications
 * enqueues one poll, and a notification during a running poll enqueues exactly one follow-up (that poll
 * may already have read past the new message's UID — or not; the follow-up costs one empty fetch at
 * worst). The singleton key asks the queue to keep one queued job per mailbox as well; two polls of one
 * mailbox never run at once in a process because the queue runs `mailbox-poll` jobs one at a time, and
 * across processes an overlap is harmless (replies are stored once by Message-ID).
 */
export function createMailboxWakeups(options: MailboxWakeupsOptions): MailboxWakeups {
  const holdMs = options.holdMs ?? 60_000;
  const waitingSince = new Map<string, number>();
  return {
    async wake(mailbox) {
      const now = options.clock.now().getTime();
      const since = waitingSince.get(mailbox);
      if (since !== undefined && now - since < holdMs) return;
      waitingSince.set(mailbox, now);
      const payload: MailboxPollPayload = { mailbox };
      try {
        await options.jobs.send(mailboxPollJob, payload, { singletonKey: mailboxPollSingletonKey(mailbox) });
      } catch (error) {
        if (waitingSince.get(mailbox) === now) waitingSince.delete(mailbox);
        options.log(`caio mailbox idle could not enqueue a poll mailbox=${mailbox}: ${(error as Error).message}`);
      }
    },
    pollStarted(mailbox) {
      waitingSince.delete(mailbox);
    },
  };
}
