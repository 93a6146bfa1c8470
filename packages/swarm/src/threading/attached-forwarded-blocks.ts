import type { ParsedEmail } from './parsed-email.js';
import { readHeaderBlock } from './read-header-block.js';
import type { ForwardedBlock } from './visible-reply.js';

const maxBodyCharacters = 20_000;

/**
 * Forwarded originals attached as `message/rfc822` (forward-as-attachment, threading spec §4.1 "Forwards"):
 * their From/Date/Subject/To and raw body text (at most 20,000 characters). Delivery reports are skipped:
 * a DSN's returned message is not a forward (spec §2.5).
 */
export function attachedForwardedBlocks(parsed: ParsedEmail): ForwardedBlock[] {
  if (parsed.contentType === 'multipart/report') return [];
  return parsed.attachments
    .filter((attachment) => attachment.contentType === 'message/rfc822')
    .map((attachment) => {
      const source = attachment.content.toString('utf8');
      const headers = readHeaderBlock(source);
      const blank = /\r?\n\r?\n/.exec(source);
      const block: ForwardedBlock = {
        body: blank ? source.slice(blank.index + blank[0].length, blank.index + maxBodyCharacters).trim() : '',
      };
      for (const field of ['from', 'date', 'subject', 'to'] as const) {
        const value = headers.get(field)?.[0];
        if (value !== undefined) block[field] = value;
      }
      return block;
    })
    .filter((block) => block.from !== undefined || block.subject !== undefined);
}
