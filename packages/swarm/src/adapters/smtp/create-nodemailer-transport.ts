import { createTransport, type Transporter } from 'nodemailer';

/** Connection settings shared by the escalation sender and the outbound transport. */
export interface NodemailerConnectionSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
  /** Connection, greeting and idle-socket timeout in ms (RES-2). */
  timeoutMs: number;
  /** DKIM signing (EM-2), with the header fields `h=` must cover. */
  dkim?: { domainName: string; keySelector: string; privateKey: string; headerFieldNames: string } | undefined;
}

/**
 * One nodemailer transport per sender: one connection per message (no pool), the RES-2 timeouts,
 * and file/URL access disabled so message content can never read local files or fetch URLs.
 */
export function createNodemailerTransport(settings: NodemailerConnectionSettings): Transporter {
  return createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
    ...(settings.dkim ? { dkim: settings.dkim } : {}),
  });
}
