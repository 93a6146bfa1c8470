import { dedupeReferences, normalizeMessageId, parseMessageIdList } from './message-id.js';
import type { ParsedEmail } from './parsed-email.js';
import { readHeaderBlock } from './read-header-block.js';

/** Threading ids and header fields of a message carried inside another (a forward or a returned original). */
export interface EmbeddedOriginal {
  messageId: string | null;
  references: string[];
  subject: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
}

/** Builds an {@link EmbeddedOriginal} from a raw header block. */
export function embeddedOriginalFromHeaders(headers: Map<string, string[]>): EmbeddedOriginal {
  const messageId = normalizeMessageId(headers.get('message-id')?.[0] ?? '');
  const inReplyTo = parseMessageIdList(headers.get('in-reply-to')?.[0] ?? '');
  const references = dedupeReferences(
    [...parseMessageIdList((headers.get('references') ?? []).join(' ')), ...inReplyTo],
    messageId,
  );
  return {
    messageId,
    references,
    subject: headers.get('subject')?.[0] ?? null,
    from: headers.get('from')?.[0] ?? null,
    to: headers.get('to')?.[0] ?? null,
    date: headers.get('date')?.[0] ?? null,
  };
}

/**
 * The original attached as `message/rfc822` or `text/rfc822-headers` (a forward-as-attachment or a DSN's
 * returned message, threading spec §3.1), or null when no such part has a usable header block.
 */
export function findAttachedOriginal(parsed: ParsedEmail): EmbeddedOriginal | null {
  for (const attachment of parsed.attachments) {
    if (
      !['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'].includes(
        attachment.contentType,
      )
    ) {
      continue;
    }
    const original = embeddedOriginalFromHeaders(readHeaderBlock(attachment.content.toString('latin1')));
    if (original.messageId !== null || original.references.length > 0) return original;
  }
  return null;
}
