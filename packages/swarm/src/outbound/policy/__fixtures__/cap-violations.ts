import { sendWindowMs, type SendCaps } from '../../../domain/send-caps.js';

/** A kept reservation as the cap checker sees it. */
export interface KeptSend {
  atMs: number;
  mailbox: string;
  recipientDomain: string;
}

/**
 * Test oracle for EM-7: every cap violated by a set of kept sends, checked over EVERY window (a
 * window of length L is worst when it starts at a send, so each send starts one window).
 */
export function capViolations(sends: readonly KeptSend[], caps: SendCaps): string[] {
  const violations: string[] = [];
  const windowCount = (startMs: number, lengthMs: number, keep: (send: KeptSend) => boolean) =>
    sends.filter((send) => keep(send) && send.atMs >= startMs && send.atMs < startMs + lengthMs).length;
  for (const start of sends) {
    const checks: [string, number, number][] = [
      ['hourly', windowCount(start.atMs, sendWindowMs.hour, () => true), caps.hourly],
      ['daily', windowCount(start.atMs, sendWindowMs.day, () => true), caps.daily],
      [
        'recipient domain',
        windowCount(start.atMs, sendWindowMs.hour, (send) => send.recipientDomain === start.recipientDomain),
        caps.perRecipientDomainPerHour,
      ],
      [
        'mailbox daily',
        windowCount(start.atMs, sendWindowMs.day, (send) => send.mailbox === start.mailbox),
        caps.mailboxDaily,
      ],
      [
        'mailbox spacing',
        windowCount(start.atMs, caps.mailboxSpacingSeconds * 1000, (send) => send.mailbox === start.mailbox),
        1,
      ],
    ];
    if (caps.rampDaily !== null)
      checks.push(['ramp', windowCount(start.atMs, sendWindowMs.day, () => true), caps.rampDaily]);
    for (const [name, count, cap] of checks)
      if (count > cap) violations.push(`${name}: ${count} > ${cap} at ${start.atMs}`);
  }
  const byMonth = new Map<string, number>();
  for (const send of sends) {
    const date = new Date(send.atMs);
    const key = `${date.getUTCFullYear()}-${date.getUTCMonth()}`;
    byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
  }
  for (const [month, count] of byMonth) if (count > caps.monthly) violations.push(`monthly ${month}: ${count}`);
  return violations;
}
