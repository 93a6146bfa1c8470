import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import type { MailboxWatchEnd, MailboxWatcher, MailboxWatchSession } from '../../ports/mailbox-watcher.js';
import { keepMailboxWatched } from './keep-mailbox-watched.js';

/** One scripted session: what the fake server does when the watcher connects. */
type Step =
  | { kind: 'fail' }
  | { kind: 'ready-then-fail'; upForMs: number; newMail?: number }
  | { kind: 'end'; end: MailboxWatchEnd }
  | { kind: 'ready-until-stopped'; newMail?: number };

/** A fake watcher playing `steps` in order, on a fake clock that `sleep` and sessions advance. */
function scripted(steps: Step[]) {
  let nowMs = 0;
  const delays: number[] = [];
  const lines: string[] = [];
  let wakeups = 0;
  let sessions = 0;
  const watcher: MailboxWatcher = {
    async watch(session: MailboxWatchSession) {
      sessions += 1;
      const step = steps.shift() ?? { kind: 'end', end: 'stopped' };
      if (step.kind === 'fail') throw new CaioError('vendor_error', 'Could not talk to the IMAP server (ECONNREFUSED)');
      if (step.kind === 'end') return step.end;
      session.onReady();
      for (let index = 0; index < (step.newMail ?? 0); index += 1) session.onNewMail();
      if (step.kind === 'ready-then-fail') {
        nowMs += step.upForMs;
        throw new CaioError('vendor_error', 'the IMAP server closed the IDLE connection');
      }
      await new Promise<void>((resolve) => session.signal.addEventListener('abort', () => resolve()));
      return 'stopped';
    },
  };
  const controller = new AbortController();
  const run = () =>
    keepMailboxWatched({
      watcher,
      mailbox: 'replies@example.com@imap.example.com/INBOX',
      onNewMail: () => (wakeups += 1),
      signal: controller.signal,
      sleep: async (delayMs) => {
        delays.push(delayMs);
        nowMs += delayMs;
      },
      clock: { now: () => new Date(nowMs) },
      log: (line) => lines.push(line),
      initialDelayMs: 1_000,
      maxDelayMs: 8_000,
      stableAfterMs: 60_000,
    });
  return { run, controller, delays, lines, wakeups: () => wakeups, sessions: () => sessions };
}

describe('keepMailboxWatched (issue 6 "Mailboxes": IDLE where supported, interval polling as the safety net)', () => {
  it('reconnects after failures with capped exponential backoff and logs the outage once', async () => {
    const fake = scripted([
      ...Array.from({ length: 6 }, () => ({ kind: 'fail' }) as const),
      { kind: 'ready-until-stopped' },
    ]);
    const ended = fake.run();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
    expect(fake.lines.filter((line) => line.includes('idle failed'))).toHaveLength(1);
    expect(fake.lines[0]).toContain('polling on the interval meanwhile');
    // Back after an outage: one "resumed" line and one catch-up poll for mail that arrived in the gap.
    expect(fake.lines.filter((line) => line.includes('idle resumed'))).toHaveLength(1);
    expect(fake.wakeups()).toBe(1);
    fake.controller.abort();
    await expect(ended).resolves.toBe('stopped');
  });

  it('asks for a poll on every new-mail notification, with no catch-up on the first connection', async () => {
    const fake = scripted([{ kind: 'ready-until-stopped', newMail: 3 }]);
    const ended = fake.run();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.wakeups()).toBe(3);
    expect(fake.lines).toEqual([]);
    fake.controller.abort();
    await expect(ended).resolves.toBe('stopped');
  });

  it('a server without IDLE is logged once and left to the interval poll (no reconnects)', async () => {
    const fake = scripted([{ kind: 'end', end: 'unsupported' }]);
    await expect(fake.run()).resolves.toBe('unsupported');
    expect(fake.sessions()).toBe(1);
    expect(fake.delays).toEqual([]);
    expect(fake.lines).toHaveLength(1);
    expect(fake.lines[0]).toMatch(/idle unsupported .*polling on the interval only/);
  });

  it('a session that idled for stableAfterMs resets the backoff; one dropped at once keeps backing off', async () => {
    const fake = scripted([
      { kind: 'fail' },
      { kind: 'fail' },
      { kind: 'ready-then-fail', upForMs: 5 },
      { kind: 'ready-then-fail', upForMs: 120_000 },
      { kind: 'ready-until-stopped' },
    ]);
    const ended = fake.run();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // 1 s, 2 s, then the 5 ms session does not count as healthy (4 s), the 2-minute one does (back to 1 s).
    expect(fake.delays).toEqual([1_000, 2_000, 4_000, 1_000]);
    fake.controller.abort();
    await expect(ended).resolves.toBe('stopped');
  });

  it('never rejects and stops during a backoff wait when the signal aborts', async () => {
    const fake = scripted(Array.from({ length: 50 }, () => ({ kind: 'fail' }) as const));
    fake.controller.abort();
    await expect(fake.run()).resolves.toBe('stopped');
    const running = scripted([{ kind: 'fail' }, { kind: 'fail' }]);
    const ended = running.run();
    running.controller.abort();
    await expect(ended).resolves.toBe('stopped');
  });
});
