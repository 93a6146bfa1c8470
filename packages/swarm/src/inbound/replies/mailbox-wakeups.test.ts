import { describe, expect, it } from 'vitest';
import type { SendJobOptions } from '../../ports/job-queue.js';
import { mailboxPollJob } from './mailbox-poll-job.js';
import { createMailboxWakeups } from './mailbox-wakeups.js';

const mailbox = 'replies@example.com@imap.example.com/INBOX';

function fakeQueue(failures = 0) {
  const sent: { name: string; payload: object; options: SendJobOptions | undefined }[] = [];
  let remainingFailures = failures;
  return {
    sent,
    async send(name: string, payload: object, options?: SendJobOptions) {
      if (remainingFailures > 0) {
        remainingFailures -= 1;
        throw new Error('queue stopped');
      }
      sent.push({ name, payload, options });
      return 'job-id';
    },
  };
}

describe('createMailboxWakeups (issue 6 "Mailboxes": an IDLE wakeup and the interval do not pile up polls)', () => {
  it('a burst of notifications enqueues one poll of that mailbox, with the mailbox singleton key', async () => {
    const jobs = fakeQueue();
    const wakeups = createMailboxWakeups({ jobs, clock: { now: () => new Date(0) }, log: () => undefined });
    await Promise.all([wakeups.wake(mailbox), wakeups.wake(mailbox), wakeups.wake(mailbox)]);
    expect(jobs.sent).toEqual([
      { name: mailboxPollJob, payload: { mailbox }, options: { singletonKey: `mailbox-poll:${mailbox}` } },
    ]);
    await wakeups.wake('other@example.com@imap.example.com/INBOX');
    expect(jobs.sent).toHaveLength(2);
  });

  it('once a poll of the mailbox starts, the next notification enqueues exactly one follow-up', async () => {
    const jobs = fakeQueue();
    const wakeups = createMailboxWakeups({ jobs, clock: { now: () => new Date(0) }, log: () => undefined });
    await wakeups.wake(mailbox);
    wakeups.pollStarted(mailbox);
    await wakeups.wake(mailbox);
    await wakeups.wake(mailbox);
    expect(jobs.sent).toHaveLength(2);
  });

  it('a wakeup whose job ran in another process stops deduping after holdMs', async () => {
    const jobs = fakeQueue();
    let nowMs = 0;
    const wakeups = createMailboxWakeups({
      jobs,
      clock: { now: () => new Date(nowMs) },
      log: () => undefined,
      holdMs: 60_000,
    });
    await wakeups.wake(mailbox);
    nowMs = 59_999;
    await wakeups.wake(mailbox);
    expect(jobs.sent).toHaveLength(1);
    nowMs = 60_000;
    await wakeups.wake(mailbox);
    expect(jobs.sent).toHaveLength(2);
  });

  it('a failed enqueue is logged, never thrown, and the next notification tries again', async () => {
    const jobs = fakeQueue(1);
    const lines: string[] = [];
    const wakeups = createMailboxWakeups({ jobs, clock: { now: () => new Date(0) }, log: (line) => lines.push(line) });
    await expect(wakeups.wake(mailbox)).resolves.toBeUndefined();
    expect(lines).toEqual([`caio mailbox idle could not enqueue a poll mailbox=${mailbox}: queue stopped`]);
    await wakeups.wake(mailbox);
    expect(jobs.sent).toHaveLength(1);
  });
});
