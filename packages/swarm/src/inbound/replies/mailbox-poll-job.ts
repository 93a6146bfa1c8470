/** The job that polls every configured IMAP mailbox once (SPEC §4; scheduled by `startMailboxPolling`). */
export const mailboxPollJob = 'mailbox-poll';
