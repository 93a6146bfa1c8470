import { describe, expect, it } from 'vitest';
import { imapConfigSchema, resolveImapSettings } from './imap-schema.js';

describe('imap: config (SPEC 4 "IMAP mailbox polling")', () => {
  it('defaults to no mailboxes, a 60 s poll, port 993 with TLS, the INBOX folder and IDLE on', () => {
    expect(imapConfigSchema.parse(undefined)).toEqual({ mailboxes: [], pollSeconds: 60 });
    const parsed = imapConfigSchema.parse({ mailboxes: [{ host: 'imap.example.com', user: 'replies@example.com' }] });
    expect(parsed.mailboxes[0]).toEqual({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      user: 'replies@example.com',
      folder: 'INBOX',
      idle: true,
    });
  });

  it('issue 6 "Mailboxes": idle: false turns the IDLE watcher off for that mailbox and survives resolution', () => {
    const imap = imapConfigSchema.parse({
      mailboxes: [
        { host: 'imap.example.com', user: 'a@example.com', idle: false },
        { host: 'imap.example.com', user: 'b@example.com' },
      ],
    });
    const resolved = resolveImapSettings(imap, { IMAP_PASSWORD: 'shared' });
    expect(resolved.mailboxes.map((mailbox) => mailbox.idle)).toEqual([false, true]);
    expect(imapConfigSchema.safeParse({ mailboxes: [{ host: 'h', user: 'u', idle: 'yes' }] }).success).toBe(false);
  });

  it('refuses unknown keys, a password in the file, and polls faster than a minute', () => {
    expect(imapConfigSchema.safeParse({ mailboxes: [{ host: 'h', user: 'u', password: 'secret' }] }).success).toBe(
      false,
    );
    expect(imapConfigSchema.safeParse({ pollSeconds: 10 }).success).toBe(false);
  });

  it('reads each password from IMAP_PASSWORD_<n>, else IMAP_PASSWORD, and names the variable when both are missing', () => {
    const imap = imapConfigSchema.parse({
      mailboxes: [
        { host: 'imap.example.com', user: 'a@example.com' },
        { host: 'imap.example.com', user: 'b@example.com', folder: 'Replies' },
      ],
    });
    const resolved = resolveImapSettings(imap, { IMAP_PASSWORD: 'shared', IMAP_PASSWORD_1: 'second' });
    expect(resolved.mailboxes.map((mailbox) => [mailbox.key, mailbox.password])).toEqual([
      ['a@example.com@imap.example.com/INBOX', 'shared'],
      ['b@example.com@imap.example.com/Replies', 'second'],
    ]);
    expect(() => resolveImapSettings(imap, { IMAP_PASSWORD_0: 'only-first' })).toThrow(/IMAP_PASSWORD_1/);
  });
});
