import type { InboundDetectionHeaders, InboxCursor, InboxReader, InboundEmail } from '../ports/inbox-reader.js';

/** Every detection header absent (the fake leaves the header fields empty; the raw source has the headers). */
const noDetectionHeaders = (): InboundDetectionHeaders => ({
  autoSubmitted: null,
  xAutoreply: null,
  precedence: null,
  xAutoResponseSuppress: null,
  returnPath: null,
  contentType: null,
  reportType: null,
  xFailedRecipients: [],
});

/**
 * Test helper: an `InboxReader` over fixed raw messages (UIDs 1…n, UIDVALIDITY 7) that honours the cursor,
 * returning only messages above `cursor.lastUid`, and records every cursor it was asked with in `calls`.
 */
export function fakeInboxReader(raws: readonly string[]): InboxReader & { calls: (InboxCursor | null)[] } {
  const calls: (InboxCursor | null)[] = [];
  return {
    calls,
    async fetchSince(cursor) {
      calls.push(cursor);
      const from = cursor?.lastUid ?? 0;
      const messages: InboundEmail[] = raws
        .map((raw, index) => ({ raw, uid: index + 1 }))
        .filter((entry) => entry.uid > from)
        .map((entry) => ({
          uid: entry.uid,
          messageId: null,
          inReplyTo: null,
          references: [],
          from: null,
          fromName: null,
          to: [],
          subject: '',
          date: null,
          text: '',
          detectionHeaders: noDetectionHeaders(),
          sizeBytes: entry.raw.length,
          raw: Buffer.from(entry.raw),
        }));
      return {
        messages,
        skipped: [],
        cursor: { uidValidity: 7, lastUid: raws.length },
        uidValidityReset: false,
        hasMore: false,
      };
    },
  };
}
