import { createHash } from 'node:crypto';
import { isForwardSubject, subjectMatchKey } from './base-subject.js';
import { bareAddress } from './bare-address.js';
import { detectAutoSignals } from './detect-auto-signals.js';
import { extractVisibleReply } from './extract-visible-reply.js';
import { findAttachedOriginal } from './find-attached-original.js';
import { normalizeMessageId } from './message-id.js';
import type { ParsedEmail } from './parsed-email.js';
import { registrableDomain } from './registrable-domain.js';
import type { KnownMessage, ThreadLedger, ThreadLedgerRecord } from './thread-ledger.js';
import type { ThreadLink, ThreadingMethod } from './thread-link.js';

/** Options for {@link resolveThread}. Windows count back from the message's own `Date`, never the clock. */
export interface ResolveThreadOptions {
  /** Subject fallback window in days (threading spec §3.1 "e.g. ≤ 90 days"). Default 90. */
  subjectWindowDays?: number;
  /** Auto-reply/bounce participant window in days. Default 30. */
  participantWindowDays?: number;
  /** Record the message in the ledger so later replies to it thread (spec §3.1). Default true. */
  recordInbound?: boolean;
}

const dayMs = 86_400_000;

async function firstKnown(ledger: ThreadLedger, ids: readonly string[]): Promise<KnownMessage | null> {
  for (const id of ids) {
    const known = await ledger.findMessage(id);
    if (known) return known;
  }
  return null;
}

async function canonicalParent(ledger: ThreadLedger, id: string | null): Promise<string | null> {
  if (id === null) return null;
  return (await ledger.findMessage(id))?.messageId ?? id;
}

function withinWindow(record: ThreadLedgerRecord, date: Date | null, days: number): boolean {
  if (date === null || record.sentAt === null) return true;
  const age = date.getTime() - record.sentAt.getTime();
  // One day of slack for clock skew between our sender and theirs.
  return age >= -dayMs && age <= days * dayMs;
}

function syntheticKey(parsed: ParsedEmail): string {
  const digest = createHash('sha256')
    .update(`${parsed.from.address}\n${parsed.date?.toISOString() ?? ''}\n${parsed.subject}`)
    .digest('hex')
    .slice(0, 32);
  return `<${digest}@no-message-id.invalid>`;
}

function link(threadKey: string, parentId: string | null, method: ThreadingMethod, confidence: number): ThreadLink {
  return { threadKey, parentId, method, confidence };
}

async function viaHeaders(parsed: ParsedEmail, ledger: ThreadLedger): Promise<ThreadLink | null> {
  const ids = [...parsed.references, ...(parsed.inReplyTo ? [parsed.inReplyTo] : [])];
  const known = await firstKnown(ledger, ids);
  if (!known) return null;
  const parent = await canonicalParent(ledger, parsed.inReplyTo ?? parsed.references.at(-1) ?? null);
  // iPhone Mail drops References (odoo PR #280971): the ledger still knows the root.
  return parsed.references.length > 0
    ? link(known.threadKey, parent, 'headers', 1)
    : link(known.threadKey, parent, 'in-reply-to-only', 0.95);
}

async function viaOriginal(parsed: ParsedEmail, ledger: ThreadLedger): Promise<ThreadLink | null> {
  const signals = detectAutoSignals(parsed);
  if (signals.isBounce && signals.bounce) {
    const ids = [
      ...(signals.bounce.originalMessageId ? [signals.bounce.originalMessageId] : []),
      ...(signals.bounce.originalReferences ?? []),
    ];
    const known = await firstKnown(ledger, ids);
    if (known) return link(known.threadKey, known.messageId, 'bounce-original', 0.95);
    const recipients = new Set(signals.bounce.recipients.map((recipient) => recipient.address));
    const latest = (await ledger.listOutbound()).find(
      (record) => recipients.has(record.recipientAddress) && withinWindow(record, parsed.date, 30),
    );
    return latest ? link(latest.threadKey, latest.messageId, 'participant-fallback', 0.5) : null;
  }
  const attached = findAttachedOriginal(parsed);
  if (attached) {
    const known = await firstKnown(ledger, [
      ...(attached.messageId ? [attached.messageId] : []),
      ...attached.references,
    ]);
    if (known) return link(known.threadKey, known.messageId, 'attached-original', 0.9);
  }
  return null;
}

async function viaForwardedBlock(parsed: ParsedEmail, ledger: ThreadLedger): Promise<ThreadLink | null> {
  const block = extractVisibleReply(parsed).forwardedBlocks[0];
  if (!block?.subject || !block.from || !ledger.isOurAddress(bareAddress(block.from))) return null;
  const key = subjectMatchKey(block.subject);
  const forwardedTo = bareAddress(block.to ?? '');
  const forwarderDomain = registrableDomain(parsed.from.address);
  // Like the subject fallback, a participant must match: the forwarded To, or the forwarder's colleague.
  const candidates = (await ledger.listOutbound()).filter(
    (record) => subjectMatchKey(record.subject) === key && withinWindow(record, parsed.date, 365),
  );
  const match =
    candidates.find((record) => forwardedTo !== '' && record.recipientAddress === forwardedTo) ??
    candidates.find((record) => registrableDomain(record.recipientAddress) === forwarderDomain);
  return match ? link(match.threadKey, match.messageId, 'attached-original', 0.8) : null;
}

async function viaSubject(parsed: ParsedEmail, ledger: ThreadLedger, days: number): Promise<ThreadLink | null> {
  const key = subjectMatchKey(parsed.subject);
  if (key === '') return null;
  const sender = parsed.from.address;
  const senderDomain = registrableDomain(sender);
  const candidates = (await ledger.listOutbound()).filter(
    (record) => subjectMatchKey(record.subject) === key && withinWindow(record, parsed.date, days),
  );
  // Never on subject alone (JWZ; mail-threading "same-subject-header-threads-not-merged"): a participant must match.
  const exact = candidates.find((record) => record.recipientAddress === sender);
  if (exact) return link(exact.threadKey, exact.messageId, 'subject-fallback', 0.7);
  const colleague = candidates.find(
    (record) => senderDomain !== '' && registrableDomain(record.recipientAddress) === senderDomain,
  );
  const confidence = isForwardSubject(parsed.subject) ? 0.6 : 0.55;
  return colleague ? link(colleague.threadKey, colleague.messageId, 'subject-fallback', confidence) : null;
}

async function viaParticipant(parsed: ParsedEmail, ledger: ThreadLedger, days: number): Promise<ThreadLink | null> {
  if (!detectAutoSignals(parsed).isAutoReply) return null;
  const latest = (await ledger.listOutbound()).find(
    (record) => record.recipientAddress === parsed.from.address && withinWindow(record, parsed.date, days),
  );
  return latest ? link(latest.threadKey, latest.messageId, 'participant-fallback', 0.4) : null;
}

/** The ledger with `listOutbound` read at most once (the fallbacks of one resolution share the list). */
function listingOutboundOnce(ledger: ThreadLedger): ThreadLedger {
  let outbound: ReturnType<ThreadLedger['listOutbound']> | undefined;
  return {
    isOurAddress: (address) => ledger.isOurAddress(address),
    findMessage: (messageId) => ledger.findMessage(messageId),
    listOutbound: () => (outbound ??= ledger.listOutbound()),
    recordInbound: (messageId, threadKey) => ledger.recordInbound(messageId, threadKey),
  };
}

function newThread(parsed: ParsedEmail): ThreadLink {
  // JWZ phantom root: siblings and a reply that arrives before its parent still group (spec §3.1).
  const root = parsed.references[0] ?? parsed.inReplyTo;
  if (root) return link(root, parsed.inReplyTo ?? parsed.references.at(-1) ?? null, 'new-thread', 0.5);
  return link(parsed.messageId ?? syntheticKey(parsed), null, 'new-thread', 1);
}

/**
 * Attaches an inbound message to a thread (threading spec §3.1, §8 pipeline step 3): header ids known to
 * the ledger (outbound ids, ESP wire aliases, earlier inbound) → the returned original of a bounce or the
 * attached original of a forward → a forwarded block from one of our mailboxes → the scoped subject
 * fallback (base subject + participant + window) → for auto-replies, the sender as a recent recipient →
 * a new thread rooted at `References[0]`/`In-Reply-To`/its own id. `threadKey` is always canonical.
 * Side effect: records the message's id in the ledger unless `options.recordInbound` is false.
 */
export async function resolveThread(
  parsed: ParsedEmail,
  ledger: ThreadLedger,
  options: ResolveThreadOptions = {},
): Promise<ThreadLink> {
  const lookup = listingOutboundOnce(ledger);
  const result =
    (await viaHeaders(parsed, lookup)) ??
    (await viaOriginal(parsed, lookup)) ??
    (await viaForwardedBlock(parsed, lookup)) ??
    (await viaSubject(parsed, lookup, options.subjectWindowDays ?? 90)) ??
    (await viaParticipant(parsed, lookup, options.participantWindowDays ?? 30)) ??
    newThread(parsed);
  const ownId = normalizeMessageId(parsed.messageId ?? '');
  if (ownId !== null && options.recordInbound !== false) await ledger.recordInbound(ownId, result.threadKey);
  return result;
}
