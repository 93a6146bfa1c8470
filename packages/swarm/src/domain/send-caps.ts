/**
 * The hard send caps of SPEC §3.7 / EM-7 as one pure check, shared by every {@link SendLedger}
 * implementation (SQL and in-memory) so they refuse for the same reason at the same count.
 *
 * Windows (all UTC): `monthly` is the calendar month of the send; `daily`, `rampDaily`,
 * `mailboxDaily` are the rolling 24 h before it; `hourly` and `perRecipientDomainPerHour` the
 * rolling 60 min before it. Counts include every reservation newer than the window start — also
 * ones dated after the send — so a late writer with a lagging clock can never overfill a window
 * (the last reservation admitted into any window saw every earlier one).
 */
export interface SendCaps {
  /** Sends per calendar month (UTC), default 3000. */
  monthly: number;
  /** Sends per rolling 24 h, default 150. */
  daily: number;
  /** Sends per rolling 60 min, default 20. */
  hourly: number;
  /** Sends to one recipient domain per rolling 60 min, default 5. */
  perRecipientDomainPerHour: number;
  /** Minimum seconds between two sends from one mailbox, default 30. */
  mailboxSpacingSeconds: number;
  /** Sends per mailbox per rolling 24 h, default 30. */
  mailboxDaily: number;
  /** The supervised ramp's sends per rolling 24 h (SPEC §3.7 ramp, default 5), or null after the ramp. */
  rampDaily: number | null;
}

/** Reservations already counted against each cap, for one candidate send. */
export interface SendUsage {
  monthly: number;
  daily: number;
  hourly: number;
  recipientDomainHourly: number;
  /** Reservations of the candidate mailbox within `mailboxSpacingSeconds` either side of the send. */
  mailboxWithinSpacing: number;
  mailboxDaily: number;
}

/** Stable reason codes of a cap refusal (SPEC §3.7, EM-7). */
export const sendCapReasonCodes = [
  'limit_monthly',
  'limit_daily',
  'ramp_limit',
  'limit_hourly',
  'limit_recipient_domain',
  'mailbox_spacing',
  'mailbox_daily',
] as const;
export type SendCapReasonCode = (typeof sendCapReasonCodes)[number];

/** Milliseconds in the rolling windows above. */
export const sendWindowMs = { hour: 3_600_000, day: 86_400_000 } as const;

/** The UTC calendar month `[start, end)` that contains `at`. */
export function utcMonthOf(at: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end };
}

/**
 * The operator-facing message of a cap refusal: it names the cap and its value so an operator knows
 * which setting (`limits.*`, `ramp.limitPerDay`) is binding.
 */
export function sendCapMessage(reasonCode: SendCapReasonCode, caps: SendCaps): string {
  switch (reasonCode) {
    case 'limit_monthly':
      return `monthly limit of ${caps.monthly} sends reached (limits.monthly)`;
    case 'limit_daily':
      return `daily limit of ${caps.daily} sends per 24 h reached (limits.daily)`;
    case 'ramp_limit':
      return `supervised ramp allows ${caps.rampDaily ?? 0} sends per 24 h (ramp.limitPerDay)`;
    case 'limit_hourly':
      return `hourly limit of ${caps.hourly} sends reached (limits.hourly)`;
    case 'limit_recipient_domain':
      return `${caps.perRecipientDomainPerHour} sends per hour to this recipient domain reached (limits.perRecipientDomainPerHour)`;
    case 'mailbox_spacing':
      return `mailbox sent less than ${caps.mailboxSpacingSeconds} s ago (limits.mailboxSpacingSeconds)`;
    case 'mailbox_daily':
      return `mailbox daily cap of ${caps.mailboxDaily} reached (limits.mailboxDaily)`;
  }
}

/**
 * The first cap that one more send would break, deployment caps first, then the mailbox's;
 * null when the send fits (messages from {@link sendCapMessage}).
 */
export function firstExceededSendCap(
  usage: SendUsage,
  caps: SendCaps,
): { reasonCode: SendCapReasonCode; message: string } | null {
  const checks: [boolean, SendCapReasonCode][] = [
    [usage.monthly >= caps.monthly, 'limit_monthly'],
    [usage.daily >= caps.daily, 'limit_daily'],
    [caps.rampDaily !== null && usage.daily >= caps.rampDaily, 'ramp_limit'],
    [usage.hourly >= caps.hourly, 'limit_hourly'],
    [usage.recipientDomainHourly >= caps.perRecipientDomainPerHour, 'limit_recipient_domain'],
    [usage.mailboxWithinSpacing > 0, 'mailbox_spacing'],
    [usage.mailboxDaily >= caps.mailboxDaily, 'mailbox_daily'],
  ];
  for (const [exceeded, reasonCode] of checks)
    if (exceeded) return { reasonCode, message: sendCapMessage(reasonCode, caps) };
  return null;
}

/** True for reason codes that concern one mailbox only, so another mailbox may still take the send. */
export function isMailboxCapReason(reasonCode: SendCapReasonCode): boolean {
  return reasonCode === 'mailbox_spacing' || reasonCode === 'mailbox_daily';
}

/**
 * The first of `mailboxes` (preference order) whose send fits every cap, or the refusal to report:
 * a deployment or recipient-domain cap stops at once (no mailbox can help); a mailbox cap moves on to
 * the next mailbox and, when none fits, the first mailbox's reason is reported.
 */
export function pickMailboxWithinCaps(
  mailboxes: readonly string[],
  usageOf: (mailbox: string) => SendUsage,
  caps: SendCaps,
): { mailbox: string } | { reasonCode: SendCapReasonCode; message: string } {
  let firstRefusal: { reasonCode: SendCapReasonCode; message: string } | null = null;
  for (const mailbox of mailboxes) {
    const refusal = firstExceededSendCap(usageOf(mailbox), caps);
    if (refusal === null) return { mailbox };
    firstRefusal ??= refusal;
    if (!isMailboxCapReason(refusal.reasonCode)) return refusal;
  }
  return firstRefusal ?? { reasonCode: 'mailbox_daily', message: 'No sending mailbox was offered for this send.' };
}
