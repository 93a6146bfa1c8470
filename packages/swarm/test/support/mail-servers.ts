import { createTransport } from 'nodemailer';
import { ImapFlow } from 'imapflow';
import type { ResolvedImapMailbox } from '../../src/config/imap-schema.js';
import { createCircuitBreaker, createResilientCall } from '../../src/guardrails/resilience/index.js';
import { serverUrl } from './test-servers.js';

/**
 * The Postfix (SMTP) and Dovecot (IMAP) servers `.ci/servers/mail.sh` starts on 127.0.0.1. Each mail test
 * file reads its own Dovecot user so the files can run in parallel.
 */
export interface MailServers {
  /** Why the mail tests skip on this machine (a variable unset), or null when both servers are there. */
  readonly skipReason: string | null;
  readonly smtpUrl: URL;
  readonly imapUrl: URL;
  /** The one password of every Dovecot/Postfix test user. */
  readonly password: string;
}

/**
 * Reads `CAIO_TEST_SMTP_URL`, `CAIO_TEST_IMAP_URL` and `CAIO_TEST_MAIL_PASSWORD`. Throws (through
 * `serverUrl`) under `CAIO_TEST_SERVERS=1` when a server variable is missing.
 */
export function mailServers(): MailServers {
  const smtp = serverUrl('CAIO_TEST_SMTP_URL');
  const imap = serverUrl('CAIO_TEST_IMAP_URL');
  return {
    skipReason: smtp.skipReason ?? imap.skipReason,
    smtpUrl: new URL(smtp.url ?? 'smtp://127.0.0.1:2525'),
    imapUrl: new URL(imap.url ?? 'imap://127.0.0.1:1143'),
    password: process.env.CAIO_TEST_MAIL_PASSWORD || 'caio-test-mail-password',
  };
}

/** Settings for `createImapInboxReader` reading `user`'s INBOX, with a real-clock breaker and a 30 s timeout. */
export function imapReaderSettings(servers: MailServers, user: string) {
  return {
    host: servers.imapUrl.hostname,
    port: Number(servers.imapUrl.port),
    secure: false,
    user,
    password: servers.password,
    resilientCall: createResilientCall({
      breaker: createCircuitBreaker({ name: 'imap', clock: { now: () => new Date() } }),
      timeoutMs: 30_000,
    }),
  };
}

/** `user`'s INBOX on the test Dovecot as a resolved `imap.mailboxes[]` entry (plain IMAP, no TLS). */
export function dovecotMailbox(servers: MailServers, user: string): ResolvedImapMailbox {
  return {
    key: `${user}@${servers.imapUrl.hostname}/INBOX`,
    host: servers.imapUrl.hostname,
    port: Number(servers.imapUrl.port),
    secure: false,
    user,
    folder: 'INBOX',
    password: servers.password,
  };
}

/** Deletes every message in `user`'s INBOX: the mail store outlives test runs. */
export async function emptyInbox(servers: MailServers, user: string): Promise<void> {
  const client = new ImapFlow({
    host: servers.imapUrl.hostname,
    port: Number(servers.imapUrl.port),
    secure: false,
    auth: { user, pass: servers.password },
    logger: false,
  });
  await client.connect();
  const inbox = await client.mailboxOpen('INBOX');
  if (inbox.exists > 0) await client.messageDelete('1:*');
  await client.logout();
}

/** Hands raw RFC 5322 messages to the test Postfix over plain SMTP, in order. */
export async function deliverRawMail(
  servers: MailServers,
  messages: readonly { from: string; to: string; raw: string | Buffer }[],
): Promise<void> {
  const transport = createTransport({
    host: servers.smtpUrl.hostname,
    port: Number(servers.smtpUrl.port),
    secure: false,
    ignoreTLS: true,
  });
  try {
    for (const message of messages) {
      await transport.sendMail({ envelope: { from: message.from, to: message.to }, raw: message.raw });
    }
  } finally {
    transport.close();
  }
}
