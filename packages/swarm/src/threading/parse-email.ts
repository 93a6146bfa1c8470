import { simpleParser } from 'mailparser';
import type { AddressObject, HeaderLines, ParsedMail } from 'mailparser';
import { CaioError } from '../domain/errors.js';
import { baseSubject } from './base-subject.js';
import { htmlToPlainText } from './html-to-plain-text.js';
import { dedupeReferences, normalizeMessageId, parseMessageIdList } from './message-id.js';
import type { EmailAddress, EmailAttachment, ParsedEmail } from './parsed-email.js';
import { withSniffedHtmlCharset } from './with-sniffed-html-charset.js';

/** Options for {@link parseEmail}. */
export interface ParseEmailOptions {
  /** Largest accepted message in bytes (threading spec §2.6 "Limits"). Default 25 MiB. */
  maxBytes?: number;
}

const defaultMaxBytes = 25 * 1024 * 1024;

// Bodies that only tell the reader to look at the HTML part (threading spec §2.1).
const placeholderText =
  /^(?:this is an? (?:html|multi-?part) (?:e-?mail|message)|your (?:e-?mail )?(?:client|reader) does not support html|to view this (?:message|e-?mail),? (?:please )?(?:use|open)|please enable html)/i;

function headerMap(lines: HeaderLines): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    const values = map.get(key.toLowerCase()) ?? [];
    values.push(value);
    map.set(key.toLowerCase(), values);
  }
  return map;
}

function addresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const result: EmailAddress[] = [];
  for (const object of objects) {
    for (const entry of object.value) {
      const group = entry.group ?? [entry];
      for (const member of group) {
        result.push({ name: member.name ?? '', address: (member.address ?? '').toLowerCase() });
      }
    }
  }
  return result;
}

function isUsablePlainText(text: string | undefined): boolean {
  if (text === undefined) return false;
  const trimmed = text.replace(/[\s\u00a0\u202f\ufeff]+/g, ' ').trim();
  return trimmed !== '' && !placeholderText.test(trimmed);
}

function toBuffer(raw: Buffer | string): Buffer {
  return typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
}

/** Drops a leading mbox `From ` separator line, which is not a header (sisimai quirk). */
function withoutMboxLine(buffer: Buffer): Buffer {
  if (buffer.subarray(0, 5).toString('latin1') !== 'From ') return buffer;
  const newline = buffer.indexOf(0x0a);
  return newline < 0 ? buffer : buffer.subarray(newline + 1);
}

/** Bare-CR files (classic Mac) are not split into lines by MIME parsers; give them LF. */
function withLineFeeds(buffer: Buffer): Buffer {
  const head = buffer.subarray(0, 4096);
  if (head.includes(0x0a) || !head.includes(0x0d)) return buffer;
  return Buffer.from(buffer.toString('latin1').replace(/\r/g, '\n'), 'latin1');
}

function contentTypeOf(headers: Map<string, string[]>): { type: string; reportType: string | null } {
  const value = headers.get('content-type')?.[0] ?? 'text/plain';
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  const reportType = /report-type\s*=\s*"?([\w-]+)/i.exec(value)?.[1]?.toLowerCase() ?? null;
  return { type, reportType };
}

function attachmentsOf(mail: ParsedMail): EmailAttachment[] {
  return mail.attachments.map((attachment) => ({
    contentType: attachment.contentType.toLowerCase(),
    filename: attachment.filename ?? null,
    content: attachment.content,
  }));
}

function chooseBody(mail: ParsedMail, warnings: string[]): { text: string | null; fromHtml: boolean } {
  const plain = mail.text;
  if (plain !== undefined && isUsablePlainText(plain)) return { text: plain, fromHtml: false };
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    // mailparser leaves `text` undefined for an HTML-only multipart/alternative (mailparser #345).
    return { text: htmlToPlainText(mail.html), fromHtml: true };
  }
  if (plain !== undefined && plain.trim() === '') warnings.push('emptyBody: no text or HTML content');
  return { text: plain ?? null, fromHtml: false };
}

/**
 * Parses a raw RFC 5322 message (threading spec §2, §8 `ParsedEmail`) with mailparser, which decodes
 * charsets through iconv-lite (so windows-1252 and `iso-8859-1`-labelled cp1252 are right, spec §2.2),
 * quoted-printable, base64 and RFC 2047 words. HTML-only bodies get a derived `text`.
 *
 * @param raw the message bytes (a string is taken as UTF-8); an mbox `From ` line and bare CRs are tolerated.
 * @throws CaioError `input_invalid` when the message is larger than `options.maxBytes` (default 25 MiB).
 */
export async function parseEmail(raw: Buffer | string, options: ParseEmailOptions = {}): Promise<ParsedEmail> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const buffer = withLineFeeds(withoutMboxLine(toBuffer(raw)));
  if (buffer.length > maxBytes) {
    throw new CaioError(
      'input_invalid',
      `Message is ${buffer.length} bytes, over the ${maxBytes}-byte cap; store it for manual review or raise maxBytes.`,
    );
  }
  const mail = await simpleParser(withSniffedHtmlCharset(buffer), {
    keepDeliveryStatus: true,
    // We derive text from HTML ourselves, so `text` only ever holds real text/plain parts (spec §2.1).
    skipHtmlToText: true,
    skipImageLinks: true,
    skipTextLinks: true,
    skipTextToHtml: true,
  });
  const warnings: string[] = [];
  const headers = headerMap(mail.headerLines);
  const messageId = normalizeMessageId(headers.get('message-id')?.[0] ?? '');
  if (headers.has('message-id') && messageId === null) warnings.push('malformedMessageId: Message-ID unusable');
  const inReplyTo = parseMessageIdList(headers.get('in-reply-to')?.[0] ?? '')[0] ?? null;
  const references = dedupeReferences(parseMessageIdList((headers.get('references') ?? []).join(' ')), messageId);
  const body = chooseBody(mail, warnings);
  if (body.text?.includes('\ufffd') || (typeof mail.html === 'string' && mail.html.includes('\ufffd'))) {
    warnings.push('charsetWarning: body contains U+FFFD replacement characters');
  }
  const subject = (mail.subject ?? '').replace(/\s+/g, ' ').trim();
  const { type, reportType } = contentTypeOf(headers);
  return {
    messageId,
    inReplyTo: inReplyTo === messageId ? null : inReplyTo,
    references,
    subject,
    baseSubject: baseSubject(subject),
    from: addresses(mail.from)[0] ?? { name: '', address: '' },
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    headers,
    text: body.text,
    html: typeof mail.html === 'string' ? mail.html : null,
    textFromHtml: body.fromHtml,
    attachments: attachmentsOf(mail),
    contentType: type,
    reportType,
    source: buffer.toString('latin1'),
    warnings,
  };
}
