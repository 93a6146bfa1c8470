import { sendWindowMs, utcMonthOf, type SendCaps } from '../domain/send-caps.js';

/** One delivered message as the benchmark's no-op transport saw it (simulated clock). */
export interface DeliveredSend {
  atMs: number;
  mailbox: string;
  recipientDomain: string;
}

/** Most sends inside any window of `lengthMs` (half-open `[t, t + lengthMs)`), over sorted instants. */
function busiestWindow(sortedMs: readonly number[], lengthMs: number): number {
  let busiest = 0;
  let start = 0;
  for (let end = 0; end < sortedMs.length; end += 1) {
    while ((sortedMs[end] as number) - (sortedMs[start] as number) >= lengthMs) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  }
  return busiest;
}

function groupTimes(sends: readonly DeliveredSend[], key: (send: DeliveredSend) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const send of sends) {
    const times = groups.get(key(send)) ?? [];
    times.push(send.atMs);
    groups.set(key(send), times);
  }
  return [...groups.values()].map((times) => times.sort((left, right) => left - right));
}

/**
 * Counts SPEC §3.7 cap violations over delivery instants in O(n log n) (the benchmark checks 100k
 * sends): the busiest rolling hour and day of the deployment, of each recipient domain and of each
 * mailbox against the caps, mailbox spacing (two sends of one mailbox closer than
 * `mailboxSpacingSeconds`), and each calendar month. Returns one line per violated cap.
 */
export function countSendCapViolations(sends: readonly DeliveredSend[], caps: Omit<SendCaps, 'rampDaily'>): string[] {
  const violations: string[] = [];
  const all = sends.map((send) => send.atMs).sort((left, right) => left - right);
  const check = (name: string, count: number, cap: number) => {
    if (count > cap) violations.push(`${name}: ${count} > ${cap}`);
  };
  check('hourly', busiestWindow(all, sendWindowMs.hour), caps.hourly);
  check('daily', busiestWindow(all, sendWindowMs.day), caps.daily);
  for (const times of groupTimes(sends, (send) => send.recipientDomain)) {
    check('recipient domain per hour', busiestWindow(times, sendWindowMs.hour), caps.perRecipientDomainPerHour);
  }
  for (const times of groupTimes(sends, (send) => send.mailbox)) {
    check('mailbox daily', busiestWindow(times, sendWindowMs.day), caps.mailboxDaily);
    check('mailbox spacing', busiestWindow(times, caps.mailboxSpacingSeconds * 1000), 1);
  }
  const byMonth = new Map<number, number>();
  for (const atMs of all) {
    const month = utcMonthOf(new Date(atMs)).start.getTime();
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  for (const count of byMonth.values()) check('monthly', count, caps.monthly);
  return violations;
}
