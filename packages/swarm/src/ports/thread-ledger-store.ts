/**
 * One row per message we sent (ARCHITECTURE.md "Outbox = thread ledger"). `messageId` is the canonical id
 * we generated; `wireMessageId` is the id an ESP stamped on the wire when it replaced ours (an alias,
 * threading spec §3.1). `date` is the header-style date as sent (RFC 5322 or ISO 8601).
 */
export interface LedgerEntry {
  messageId: string;
  wireMessageId?: string;
  /** Our sending mailbox. */
  from: string;
  /** The recipient as sent. */
  to: string;
  subject: string;
  date: string;
  sequenceStep: number;
  inReplyTo?: string;
  references?: string[];
}

/** A ledger row with its resolved thread key (the canonical `messageId` of the thread's root). */
export interface ThreadLedgerRecord extends LedgerEntry {
  threadKey: string;
  /** Lower-cased bare recipient address parsed from `to`. */
  recipientAddress: string;
  /** `date` parsed; null when unparseable. */
  sentAt: Date | null;
}

/** What the ledger knows about one message id: an outbound row, or an inbound message recorded earlier. */
export interface KnownMessage {
  /** The canonical id (wire aliases are mapped to our `messageId`). */
  messageId: string;
  threadKey: string;
  outbound: ThreadLedgerRecord | null;
}

/**
 * The thread-ledger port (threading spec §3.1): our outbox plus inbound messages already threaded. The store
 * implements it in production ({@link ThreadLedgerStore}); the threading slice's `createInMemoryThreadLedger`
 * serves tests. Methods may be async.
 */
export interface ThreadLedger {
  /** True when `address` (any case) is one of our sending mailboxes. */
  isOurAddress(address: string): boolean;
  /** Looks an id up by canonical id, wire alias or earlier inbound id (exact match after normalisation). */
  findMessage(messageId: string): Promise<KnownMessage | null> | KnownMessage | null;
  /** Every outbound row, newest first (the fallbacks filter by recipient, subject and time window). */
  listOutbound(): Promise<ThreadLedgerRecord[]> | ThreadLedgerRecord[];
  /** Remembers an inbound message so later replies to it thread (spec §3.1 "plus earlier inbound"). */
  recordInbound(messageId: string, threadKey: string): Promise<void> | void;
}

/** One outbound message as the store-backed ledger returns it (the same shape as {@link ThreadLedgerRecord}). */
export type OutboxLedgerRecord = ThreadLedgerRecord;

/** What the store-backed ledger knows about one id (the same shape as {@link KnownMessage}). */
export type OutboxKnownMessage = KnownMessage;

/**
 * The store-backed thread ledger (threading spec §3.1): the outbox plus inbound ids already threaded. A
 * {@link ThreadLedger} whose methods are always async; `listOutbound` is bounded by the store's look-back
 * window (see the implementation).
 */
export interface ThreadLedgerStore extends ThreadLedger {
  findMessage(messageId: string): Promise<KnownMessage | null>;
  listOutbound(): Promise<ThreadLedgerRecord[]>;
  recordInbound(messageId: string, threadKey: string): Promise<void>;
}
