import { simpleParser, type AddressObject, type HeaderLines } from 'mailparser';
import type { InboundDetectionHeaders, InboundEmail } from '../../ports/inbox-reader.js';

const messageIdPattern = /<[^<>\s]+>/g;

function unfoldedValues(lines: HeaderLines, name: string): string[] {
  return lines
    .filter((line) => line.key === name)
    .map((line) => {
      const colon = line.line.indexOf(':');
      return line.line
        .slice(colon + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
    });
}

function firstValue(lines: HeaderLines, ...names: string[]): string | null {
  for (const name of names) {
    const value = unfoldedValues(lines, name)[0];
    if (value !== undefined) return value;
  }
  return null;
}

function addressList(field: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((object) => object.value)
    .flatMap((entry) => entry.group ?? [entry])
    .filter((entry) => entry.address)
    .map((entry) => ({ address: (entry.address ?? '').toLowerCase(), name: entry.name }));
}

function detectionHeaders(lines: HeaderLines): InboundDetectionHeaders {
  const contentType = firstValue(lines, 'content-type');
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() || null;
  const reportType = /;\s*report-type\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
  return {
    autoSubmitted: firstValue(lines, 'auto-submitted'),
    xAutoreply: firstValue(lines, 'x-autoreply', 'x-autorespond', 'x-autoresponder'),
    precedence: firstValue(lines, 'precedence'),
    xAutoResponseSuppress: firstValue(lines, 'x-auto-response-suppress'),
    returnPath: firstValue(lines, 'return-path'),
    contentType: mediaType,
    reportType,
    xFailedRecipients: unfoldedValues(lines, 'x-failed-recipients')
      .flatMap((value) => value.split(','))
      .map((address) => address.trim().replace(/^<|>$/g, '').toLowerCase())
      .filter((address) => address.length > 0),
  };
}

/**
 * Parses one fetched message with mailparser into an {@link InboundEmail} (SPEC §4, threading spec
 * §2). Threading ids come from the raw header lines: `In-Reply-To` keeps its first `<msg-id>` only,
 * `References` keeps every id in order. The text is mailparser's plain text (derived from HTML when
 * there is no text part); attachment contents are parsed and dropped, never returned. The HTML is
 * never rendered.
 *
 * @throws whatever mailparser throws on a source it cannot parse (the reader records it as `unparseable`).
 */
export async function toInboundEmail(uid: number, sizeBytes: number, raw: Buffer): Promise<InboundEmail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  const lines = parsed.headerLines;
  const sender = addressList(parsed.from)[0];
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) && firstValue(lines, 'date') ? parsed.date : null;
  return {
    uid,
    messageId: firstValue(lines, 'message-id')?.match(messageIdPattern)?.[0] ?? null,
    inReplyTo: firstValue(lines, 'in-reply-to')?.match(messageIdPattern)?.[0] ?? null,
    references: unfoldedValues(lines, 'references').flatMap((value) => value.match(messageIdPattern) ?? []),
    from: sender?.address ?? null,
    fromName: sender?.name || null,
    to: addressList(parsed.to).map((entry) => entry.address),
    subject: parsed.subject ?? '',
    date,
    text: parsed.text ?? '',
    detectionHeaders: detectionHeaders(lines),
    sizeBytes,
    raw,
  };
}
