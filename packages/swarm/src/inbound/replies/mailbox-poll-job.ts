/** The job that polls every configured IMAP mailbox once (SPEC §4; scheduled by `startMailboxPolling`). */
export const mailboxPollJob = 'mailbox-poll';

/**
 * Payload of a {@link mailboxPollJob}: the cron tick sends `{}` (poll every mailbox); an IMAP IDLE wakeup
 * sends the one mailbox that received mail (its cursor key, `user@host/folder`).
 */
export interface MailboxPollPayload {
  mailbox?: string;
}

/** The singleton key of an IDLE-triggered poll of one mailbox: at most one such job queued per mailbox. */
export function mailboxPollSingletonKey(mailbox: string): string {
  return `${mailboxPollJob}:${mailbox}`;
}
