/**
 * One outbound message as the thread ledger sees it (ARCHITECTURE.md "Outbox = thread ledger"). Structurally
 * the threading slice's `ThreadLedgerRecord` (ports import only domain, so the shape is restated here):
 * `messageId` is our canonical id, `wireMessageId` an ESP's alias, `threadKey` the root's canonical id.
 */
export interface OutboxLedgerRecord {
  messageId: string;
  wireMessageId?: string;
  /** Our sending mailbox. */
  from: string;
  /** The recipient as sent. */
  to: string;
  subject: string;
  /** When it was sent (else queued), ISO 8601 UTC. */
  date: string;
  sequenceStep: number;
  inReplyTo?: string;
  references?: string[];
  threadKey: string;
  /** Lower-cased bare recipient address. */
  recipientAddress: string;
  sentAt: Date | null;
}

/** What the ledger knows about one id (structurally the threading slice's `KnownMessage`). */
export interface OutboxKnownMessage {
  messageId: string;
  threadKey: string;
  outbound: OutboxLedgerRecord | null;
}

/**
 * The store-backed thread ledger (threading spec §3.1): the outbox plus inbound ids already threaded.
 * Structurally identical to `threading`'s `ThreadLedger` port, so it can be passed to `resolveThread`.
 */
export interface ThreadLedgerStore {
  /** True when `address` (any case, bare or `Name <addr>`) is one of our sending mailboxes. */
  isOurAddress(address: string): boolean;
  /** By canonical id, wire alias (bracketed or bare) or earlier inbound id. */
  findMessage(messageId: string): Promise<OutboxKnownMessage | null>;
  /** Outbound rows within the store's look-back window, newest first (bounded, see the implementation). */
  listOutbound(): Promise<OutboxLedgerRecord[]>;
  /** Remembers an inbound id and its thread (idempotent; ids of our own outbound rows are ignored). */
  recordInbound(messageId: string, threadKey: string): Promise<void>;
}
