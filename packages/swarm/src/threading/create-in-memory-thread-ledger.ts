import { CaioError } from '../domain/errors.js';
import { bareAddress } from './bare-address.js';
import { normalizeMessageId } from './message-id.js';
import type { KnownMessage, LedgerEntry, ThreadLedger, ThreadLedgerRecord } from './thread-ledger.js';

function requireId(value: string, field: string): string {
  const id = normalizeMessageId(value);
  if (id === null) {
    throw new CaioError('input_invalid', `Ledger entry ${field} "${value}" is not a Message-ID; use "<local@domain>".`);
  }
  return id;
}

/**
 * An in-memory {@link ThreadLedger} for tests and the offline CLI (threading spec §3.1). Each entry's thread key
 * is the canonical id of its root: the first `references` id, else its parent's key via `inReplyTo`, else its own
 * `messageId`; wire ids are aliases of their canonical id. Entries may come in any order.
 *
 * @throws CaioError `input_invalid` when an entry's `messageId` is not a Message-ID.
 */
export function createInMemoryThreadLedger(input: { ourAddresses: string[]; entries: LedgerEntry[] }): ThreadLedger {
  const ourAddresses = new Set(input.ourAddresses.map((address) => bareAddress(address) || address.toLowerCase()));
  const canonicalById = new Map<string, string>();
  const entryById = new Map<string, LedgerEntry>();
  for (const entry of input.entries) {
    const id = requireId(entry.messageId, 'messageId');
    canonicalById.set(id, id);
    entryById.set(id, entry);
  }
  for (const entry of input.entries) {
    const wire = entry.wireMessageId === undefined ? null : normalizeMessageId(entry.wireMessageId);
    if (wire !== null && !canonicalById.has(wire)) canonicalById.set(wire, requireId(entry.messageId, 'messageId'));
  }
  const canonical = (id: string): string => canonicalById.get(id) ?? id;
  const threadKeyOf = (id: string, depth: number): string => {
    const entry = entryById.get(id);
    if (!entry || depth > 50) return id;
    const firstReference = entry.references?.map((reference) => normalizeMessageId(reference)).find((r) => r !== null);
    if (firstReference) return threadKeyOf(canonical(firstReference), depth + 1);
    const parent = entry.inReplyTo === undefined ? null : normalizeMessageId(entry.inReplyTo);
    return parent ? threadKeyOf(canonical(parent), depth + 1) : id;
  };
  const records: ThreadLedgerRecord[] = input.entries.map((entry) => {
    const id = requireId(entry.messageId, 'messageId');
    const sentAt = new Date(entry.date);
    return {
      ...entry,
      messageId: id,
      threadKey: threadKeyOf(id, 0),
      recipientAddress: bareAddress(entry.to),
      sentAt: Number.isNaN(sentAt.getTime()) ? null : sentAt,
    };
  });
  const recordById = new Map(records.map((record) => [record.messageId, record]));
  const newestFirst = [...records].sort((a, b) => (b.sentAt?.getTime() ?? 0) - (a.sentAt?.getTime() ?? 0));
  const inbound = new Map<string, string>();
  return {
    isOurAddress: (address) => ourAddresses.has(bareAddress(address) || address.toLowerCase()),
    findMessage: (messageId): KnownMessage | null => {
      const id = normalizeMessageId(messageId);
      if (id === null) return null;
      const record = recordById.get(canonical(id));
      if (record) return { messageId: record.messageId, threadKey: record.threadKey, outbound: record };
      const threadKey = inbound.get(id);
      return threadKey === undefined ? null : { messageId: id, threadKey, outbound: null };
    },
    listOutbound: () => newestFirst,
    recordInbound: (messageId, threadKey) => {
      const id = normalizeMessageId(messageId);
      if (id !== null && !recordById.has(canonical(id))) inbound.set(id, threadKey);
    },
  };
}
