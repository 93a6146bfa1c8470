import type { InboxCursor } from './inbox-reader.js';

/**
 * Where each polled mailbox resumes (SPEC §4 "IMAP mailbox polling"). Keys are `user@host/folder`.
 * Save a cursor only after the batch it covers is stored, so a crash re-reads instead of losing mail.
 */
export interface MailboxCursorStore {
  get(mailbox: string): Promise<InboxCursor | null>;
  save(mailbox: string, cursor: InboxCursor, at: Date): Promise<void>;
}
