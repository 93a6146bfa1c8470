import { z } from 'zod';
import { ConfigError } from './config-error.js';

/** One mailbox polled for replies. Its password comes from the environment only (see {@link resolveImapSettings}). */
export const imapMailboxSchema = z.strictObject({
  /** IMAP server host, e.g. `imap.example.com`. */
  host: z.string().trim().min(1, 'imap.mailboxes[].host is required, e.g. imap.example.com'),
  /** 993 with `secure: true` (implicit TLS, RFC 8314); 143 without (STARTTLS when offered). Default 993. */
  port: z.number().int().min(1).max(65_535).default(993),
  /** Implicit TLS. Default true. */
  secure: z.boolean().default(true),
  /** Login, usually the mailbox address, e.g. `ana@example.com`. */
  user: z.string().trim().min(1, 'imap.mailboxes[].user is required'),
  /** Folder to read. Default `INBOX`. */
  folder: z.string().trim().min(1).default('INBOX'),
  /**
   * Watch the folder with IMAP IDLE (RFC 2177) on a dedicated connection, so a new reply is polled within
   * seconds instead of at the next `pollSeconds` tick. Used only when the server advertises IDLE; the
   * interval poll keeps running as the safety net either way. `false` = interval polling only (one
   * connection fewer per mailbox and worker process). Default true.
   */
  idle: z.boolean().default(true),
});

/**
 * `imap:` — reply mailboxes polled by `caio serve` / `caio work` (SPEC §4 "IMAP mailbox polling"; issue 6).
 * Passwords are secrets and never sit in the file: mailbox n (0-based) reads `IMAP_PASSWORD_<n>`, falling
 * back to `IMAP_PASSWORD` (convenient with one mailbox).
 *
 * @example imap: { mailboxes: [{ host: imap.example.com, port: 993, secure: true, user: replies@example.com, idle: true }], pollSeconds: 60 }
 */
export const imapConfigSchema = z
  .strictObject({
    /** Mailboxes to poll; empty (default) = no polling. */
    mailboxes: z.array(imapMailboxSchema).default([]),
    /**
     * Seconds between polls, ≥ 60 (default 60). Polls run as a cron job, so the value is rounded up to whole
     * minutes.
     */
    pollSeconds: z.number().int().min(60, 'imap.pollSeconds must be at least 60').default(60),
  })
  .prefault({});

/** What a config file may contain under `imap:`. */
export type ImapConfig = z.infer<typeof imapConfigSchema>;

/** One polled mailbox with its password resolved; `key` (`user@host/folder`) names its cursor. */
export interface ResolvedImapMailbox {
  key: string;
  host: string;
  port: number;
  secure: boolean;
  user: string;
  folder: string;
  password: string;
  /** Watch with IMAP IDLE where the server supports it (`imap.mailboxes[].idle`); absent = true. */
  idle?: boolean;
}

/** `imap:` resolved for the composition root. */
export interface ResolvedImapSettings {
  mailboxes: readonly ResolvedImapMailbox[];
  pollSeconds: number;
}

/**
 * Resolves each mailbox's password from `IMAP_PASSWORD_<n>` (0-based position in `imap.mailboxes`), else
 * `IMAP_PASSWORD`.
 *
 * @throws ConfigError when a configured mailbox has no password in the environment.
 */
export function resolveImapSettings(
  imap: ImapConfig,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedImapSettings {
  const mailboxes = imap.mailboxes.map((mailbox, index) => {
    const password = env[`IMAP_PASSWORD_${index}`] || env.IMAP_PASSWORD;
    if (!password) {
      throw new ConfigError(
        `imap.mailboxes[${index}] (${mailbox.user}) has no password: set IMAP_PASSWORD_${index} (or IMAP_PASSWORD) in the environment.`,
      );
    }
    return {
      ...mailbox,
      password,
      key: `${mailbox.user.toLowerCase()}@${mailbox.host.toLowerCase()}/${mailbox.folder}`,
    };
  });
  return { mailboxes, pollSeconds: imap.pollSeconds };
}
