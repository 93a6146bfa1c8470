/**
 * One inbound message as stored after threading and classification (SPEC §4, §6; table `inbound_replies`).
 * Intents are SPEC §6 names or `other` (plain strings: ports import only domain). `actions` is the routing
 * plan (JSON objects), kept so a crash between storing and routing replays the same plan.
 */
export interface InboundReplyRecord {
  id: string;
  /** The Message-ID, or `uid:<mailbox>:<uidValidity>:<uid>` when the message has none. */
  dedupeKey: string;
  messageId: string | null;
  /** `user@host/folder` of the polled mailbox. */
  mailbox: string;
  uid: number;
  threadKey: string | null;
  parentId: string | null;
  /** `headers`, `in-reply-to-only`, `bounce-original`, … (threading spec §8), for audit. */
  threadingMethod: string;
  threadingConfidence: number;
  outboxId: string | null;
  leadId: string | null;
  fromAddress: string;
  subject: string;
  receivedAt: Date;
  /** The visible reply, unredacted (redact before logging, PII-2). */
  visibleText: string;
  intent: string;
  confidence: number;
  secondaryIntent: string | null;
  extracted: Record<string, unknown>;
  needsReview: boolean;
  /** Summary of what routing did (`suppressed`, `paused_until:2026-12-01`, `draft_created`…). */
  actionTaken: string | null;
  actions: readonly object[];
  /** When routing finished; null = stored but not yet routed. */
  routedAt: Date | null;
}

/** The outbound message a reply answers, and its lead. */
export interface ThreadOwner {
  outboxId: string;
  leadId: string;
}

/** Stores classified inbound replies once each (dedupe by Message-ID) and finds the outbox row they answer. */
export interface InboundReplyStore {
  /** Inserts unless the dedupe key exists; returns the stored row (new or existing) and whether it was new. */
  insertOnce(record: InboundReplyRecord): Promise<{ reply: InboundReplyRecord; inserted: boolean }>;
  findByDedupeKey(dedupeKey: string): Promise<InboundReplyRecord | null>;
  /** Marks routing done with its summary. */
  markRouted(id: string, actionTaken: string, at: Date): Promise<void>;
  /**
   * The outbox row a reply answers: `parentId` by message id or wire alias first, else the newest row of
   * `threadKey`. Null when neither is ours.
   */
  findThreadOwner(link: { parentId: string | null; threadKey: string | null }): Promise<ThreadOwner | null>;
}
