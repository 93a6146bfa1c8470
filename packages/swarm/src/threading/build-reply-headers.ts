import { baseSubject } from './base-subject.js';
import { dedupeReferences, normalizeMessageId } from './message-id.js';
import type { LedgerEntry } from './thread-ledger.js';

/** Threading headers for a message we send in an existing thread (threading spec §3.3 `maintain_thread`). */
export interface ReplyHeaders {
  inReplyTo: string;
  /** Ids oldest first; join with {@link foldReferences} for the header line. */
  references: string[];
  subject: string;
}

/** Middle-trimmed chains keep the first id and this many of the newest (spec §3.3 "the last ~10"). */
const keptNewestIds = 10;

/**
 * Builds In-Reply-To, References and Subject for a reply to `parent` (spec §3.3): In-Reply-To is the
 * parent's **wire** id when an ESP replaced ours, References is the parent's References plus both the
 * parent's canonical id (so replies carry it even after an ESP rewrite, spec §3.1) and its wire id, trimmed
 * in the middle, and the subject is `Re: <base subject>` without stacked prefixes.
 *
 * @param parent the ledger row (inbound or outbound) this message answers.
 */
export function buildReplyHeaders(parent: LedgerEntry): ReplyHeaders {
  const canonical = normalizeMessageId(parent.messageId) ?? parent.messageId;
  const wire = parent.wireMessageId === undefined ? null : normalizeMessageId(parent.wireMessageId);
  const chain = dedupeReferences(
    [
      ...(parent.references ?? []).map((id) => normalizeMessageId(id)).filter((id): id is string => id !== null),
      canonical,
      ...(wire ? [wire] : []),
    ],
    null,
  );
  const references = chain.length > keptNewestIds + 1 ? [chain[0] ?? canonical, ...chain.slice(-keptNewestIds)] : chain;
  return { inReplyTo: wire ?? canonical, references, subject: `Re: ${baseSubject(parent.subject)}` };
}

/** Folds ids into a `References` value whose lines stay under 998 characters (RFC 5322 §2.1.1). */
export function foldReferences(ids: readonly string[], maxLineLength = 78): string {
  const lines: string[] = [];
  let current = '';
  for (const id of ids) {
    if (current !== '' && current.length + 1 + id.length > maxLineLength) {
      lines.push(current);
      current = id;
    } else {
      current = current === '' ? id : `${current} ${id}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines.join('\r\n ');
}
