import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { CaioError } from '../../domain/errors.js';
import type {
  MailboxAddress,
  MessageRenderer,
  RenderMessageInput,
  RenderedMessage,
} from '../../ports/message-renderer.js';
import { assertSingleLine } from './assert-single-line.js';

const msgId = /^<[^<>\s@]+@[^<>\s@]+>$/;
const headerName = /^[A-Za-z0-9-]+$/;
/** Headers we set ourselves; callers may not override them through `headers`. */
const reservedHeaders = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'subject',
  'message-id',
  'in-reply-to',
  'references',
  'date',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

function toAddress(header: string, value: MailboxAddress | string): Mail.Address | string {
  if (typeof value === 'string') {
    assertSingleLine(header, value);
    return value;
  }
  assertSingleLine(header, value.address);
  if (value.name !== undefined) assertSingleLine(header, value.name);
  return { name: value.name ?? '', address: value.address };
}

function checkMessageId(header: string, value: string): void {
  assertSingleLine(header, value);
  if (!msgId.test(value)) {
    throw new CaioError('input_invalid', `${header} "${value}" is not <id@domain>; build it with createMessageId.`);
  }
}

/** The `List-Unsubscribe` value of EM-2: `<https://…/u/{token}>, <mailto:…>`. */
function listUnsubscribeValue(input: RenderMessageInput): string {
  assertSingleLine('List-Unsubscribe', input.listUnsubscribeUrl);
  let url: URL;
  try {
    url = new URL(input.listUnsubscribeUrl);
  } catch (error) {
    throw new CaioError(
      'input_invalid',
      `List-Unsubscribe URL "${input.listUnsubscribeUrl}" is not a URL; pass {base}/u/{token}.`,
      { cause: error },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CaioError(
      'input_invalid',
      'List-Unsubscribe URL must be http(s) (RFC 8058 one-click needs HTTPS in production).',
    );
  }
  const entries = [`<${url.href}>`];
  if (input.listUnsubscribeMailto) {
    assertSingleLine('List-Unsubscribe', input.listUnsubscribeMailto);
    const mailto = input.listUnsubscribeMailto.startsWith('mailto:')
      ? input.listUnsubscribeMailto
      : `mailto:${input.listUnsubscribeMailto}`;
    entries.push(`<${mailto}>`);
  }
  return entries.join(', ');
}

/**
 * The outbox renderer: turns a crafted message into RFC 5322 source with nodemailer's MailComposer.
 * Emits our Message-ID, Date, honest From/Reply-To, threading headers when given, and
 * `List-Unsubscribe` + `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (EM-2, RFC 8058, SPEC §15), and
 * a calendar invite as nodemailer's `icalEvent` (a `text/calendar; method=…` alternative, RFC 6047).
 * Every header value is checked for CR/LF first (INJ-8).
 */
export function createMimeMessageRenderer(): MessageRenderer {
  return {
    async render(input: RenderMessageInput): Promise<RenderedMessage> {
      const from = toAddress('From', input.from);
      const to = toAddress('To', input.to);
      const replyTo = input.replyTo === undefined ? undefined : toAddress('Reply-To', input.replyTo);
      assertSingleLine('Subject', input.subject);
      checkMessageId('Message-ID', input.messageId);
      if (input.inReplyTo !== undefined) checkMessageId('In-Reply-To', input.inReplyTo);
      for (const reference of input.references ?? []) checkMessageId('References', reference);
      if (Number.isNaN(input.date.getTime())) throw new CaioError('input_invalid', 'Date is not a valid instant.');
      const headers: Record<string, string> = {
        'List-Unsubscribe': listUnsubscribeValue(input),
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      };
      for (const [name, value] of Object.entries(input.headers ?? {})) {
        if (!headerName.test(name) || reservedHeaders.has(name.toLowerCase())) {
          throw new CaioError('input_invalid', `Extra header "${name}" is not allowed; use a custom X- header name.`);
        }
        assertSingleLine(name, value);
        headers[name] = value;
      }
      const composer = new MailComposer({
        from,
        to,
        ...(replyTo === undefined ? {} : { replyTo }),
        subject: input.subject,
        text: input.text,
        ...(input.html === undefined ? {} : { html: input.html }),
        messageId: input.messageId,
        ...(input.inReplyTo === undefined ? {} : { inReplyTo: input.inReplyTo }),
        ...(input.references && input.references.length > 0 ? { references: [...input.references] } : {}),
        date: input.date,
        headers,
        ...(input.calendar ? { icalEvent: { method: input.calendar.method, content: input.calendar.content } } : {}),
      });
      const raw = await composer.compile().build();
      // RFC 5322 §2.3: CRLF everywhere — MailComposer leaves the text body's own line ends as given.
      return { raw: raw.toString('utf8').replace(/\r?\n/g, '\r\n'), messageId: input.messageId };
    },
  };
}
