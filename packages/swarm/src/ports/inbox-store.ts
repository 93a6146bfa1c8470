/**
 * One classified reply as the unified inbox shows it (SPEC §4 "Unified inbox": thread, visible reply,
 * intent with confidence, action taken, override). Intents are the SPEC §6 names (`question`,
 * `unsubscribe_request`…, or `other`); ports import only domain, so they are plain strings here and
 * the callers validate them against `threading`'s `intentPrecedence`.
 */
export interface InboxReply {
  id: string;
  /** The lead the reply threaded to, or null when threading found none. */
  leadId: string | null;
  /** The lead's e-mail address (for display), or null. */
  leadEmail: string | null;
  /** The outbound thread the reply belongs to (`outbox.thread_key`), or null when unthreaded. */
  threadKey: string | null;
  /** The reply's own `Message-ID` (`<id@domain>`), or null. */
  messageId: string | null;
  /** When we received the reply (UTC instant). */
  receivedAt: Date;
  /** The prospect's visible reply text, quotes and signature removed (threading spec §4). */
  visibleText: string;
  /** The effective intent: the human override when there is one, else the classifier's. */
  intent: string;
  /** What the classifier said, before any override. */
  classifiedIntent: string;
  /** The classifier's confidence, 0–1. */
  confidence: number;
  /** What routing did with the reply (`suppressed`, `draft_created`, `paused_until:2026-12-01`…), or null. */
  actionTaken: string | null;
  /** True while a human still has to look at it (threading spec §7 rules 3–4); an override clears it. */
  needsReview: boolean;
  /** The human correction, when one was made. */
  override: { intent: string; by: string; at: Date } | null;
}

/** Filters and keyset position of one inbox page; newest replies first. */
export interface InboxFilter {
  /** Only replies whose effective intent is this one. */
  intent?: string;
  /** true = only replies waiting for review; false = only reviewed ones; absent = all. */
  needsReview?: boolean;
  /** Page size, 1–200. */
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** One page of the inbox: `{ items, total, nextCursor }` like every listing (`total` counts the filter). */
export interface InboxPage {
  items: InboxReply[];
  total: number;
  nextCursor: string | null;
}

/**
 * The unified inbox read model and its one write, the human intent override. Implemented by
 * `store/repositories/inbox-repository.ts` over the `inbound_replies` table.
 */
export interface InboxStore {
  /**
   * Replies matching `filter`, newest first (`received_at DESC, id DESC`), keyset-paginated.
   * @throws CaioError `input_invalid` for a cursor this store did not issue.
   */
  list(filter: InboxFilter): Promise<InboxPage>;
  /** One reply, or null. */
  findById(id: string): Promise<InboxReply | null>;
  /**
   * Records a human's intent correction (at the store clock's now) and clears `needsReview`, with an
   * audit event (`override_reply_intent`, agent GATEKEEPER) in the same transaction. Returns the
   * updated reply, or null when no reply has this id. The caller validates `intent`.
   */
  override(id: string, intent: string, actor: string): Promise<InboxReply | null>;
}
