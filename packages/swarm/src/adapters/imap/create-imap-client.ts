import { ImapFlow, type ImapFlowOptions } from 'imapflow';

/** Where and as whom to log in over IMAP; resolved by `config/`, never read from the environment here. */
export interface ImapConnectionSettings {
  /** IMAP server host, e.g. `imap.example.com`. */
  host: string;
  /** 993 with `secure` (implicit TLS, RFC 8314), 143 without (STARTTLS when offered). */
  port: number;
  secure: boolean;
  /** Login, usually the mailbox address. */
  user: string;
  /** From the environment only (secret). */
  password: string;
}

/**
 * What is wrong with a connection's settings, one phrase per problem (blank host or user, a port outside
 * 1–65535, no password), or `[]` when it can be tried. The inbox reader and the IDLE watcher refuse to start
 * with `config_invalid` naming these, before any connection is made.
 */
export function imapConnectionProblems(connection: ImapConnectionSettings): string[] {
  const problems: string[] = [];
  if (!connection.host.trim()) problems.push('imap.host is blank');
  if (!Number.isInteger(connection.port) || connection.port < 1 || connection.port > 65_535)
    problems.push('imap.port must be a port number');
  if (!connection.user.trim()) problems.push('imap.user is blank');
  if (!connection.password) problems.push('the IMAP password is not set');
  return problems;
}

/**
 * A not-yet-connected imapflow client for one connection of the inbox reader or the IDLE watcher: no
 * logger, auto-IDLE off (each caller decides whether and when to IDLE), and `timeoutMs` (ms) as the
 * connect and greeting timeout (RES-2). `extra` adds per-use options such as `socketTimeout` or `maxIdleTime`.
 */
export function createImapClient(
  connection: ImapConnectionSettings,
  timeoutMs: number,
  extra: Pick<ImapFlowOptions, 'socketTimeout' | 'maxIdleTime'> = {},
): ImapFlow {
  return new ImapFlow({
    host: connection.host,
    port: connection.port,
    secure: connection.secure,
    auth: { user: connection.user, pass: connection.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    ...extra,
  });
}
