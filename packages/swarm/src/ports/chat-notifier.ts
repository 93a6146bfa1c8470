/**
 * A text object of a chat block (Block Kit, api.slack.com/reference/block-kit/composition-objects).
 * `mrkdwn` text must already be escaped (`&`, `<`, `>` as HTML entities) by whoever built it.
 */
export interface ChatTextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}

/**
 * A button element. `value` (≤ 2000 chars) is echoed back in the signed `block_actions` payload;
 * `url` (≤ 3000 chars) makes it a link button. `action_id` ≤ 255 chars, unique within its block.
 */
export interface ChatButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

/**
 * The subset of Block Kit layout blocks the product posts (section, context, actions, divider).
 * Block Kit is the shared vocabulary of chat approval messages, so the port carries it as data.
 */
export type ChatBlock =
  | { type: 'section'; block_id?: string; text: ChatTextObject; fields?: readonly ChatTextObject[] }
  | { type: 'context'; block_id?: string; elements: readonly ChatTextObject[] }
  | { type: 'actions'; block_id?: string; elements: readonly ChatButton[] }
  | { type: 'divider' };

/** The content of a chat message: fallback `text` (notifications, screen readers) plus optional blocks. */
export interface ChatMessageContent {
  text: string;
  blocks?: readonly ChatBlock[];
}

/** A message to post into one channel (id such as `C0123ABCD`, or a name). */
export interface ChatMessage extends ChatMessageContent {
  channel: string;
}

/** Where a posted message lives; needed to update it later (Slack: channel id + `ts`). */
export interface ChatMessageRef {
  channel: string;
  ts: string;
}

/** An operational alert (breaker tripped, approval timed out…). Its text is PII-redacted by the notifier (PII-2). */
export interface ChatAlert {
  channel: string;
  severity: 'info' | 'warning' | 'critical';
  text: string;
}

/**
 * The result of checking a WH-9 approver allowlist against the workspace: `active` are real,
 * non-deactivated human users; `inactive` exist but are deactivated or bots; `unknown` were not found.
 */
export interface ApproverCheck {
  active: string[];
  inactive: string[];
  unknown: string[];
}

/**
 * Posts approval requests and alerts to a team chat (SPEC §3.6 Slack channel; ARCHITECTURE.md "chat" port).
 * Implementations throw `CaioError` when the vendor refuses or fails (never an empty result):
 * `vendor_error` (with `details.status`), `rate_limited` (with `retryAfterMs`), `timeout`, `circuit_open`.
 */
export interface ChatNotifier {
  /** Registry slug, e.g. `slack`. */
  readonly slug: string;
  /** Posts a new message; at-most-once (never retried automatically). */
  postMessage(message: ChatMessage, signal?: AbortSignal): Promise<ChatMessageRef>;
  /** Replaces the content of a posted message (e.g. "approved by @ada"); idempotent, so retried. */
  updateMessage(ref: ChatMessageRef, content: ChatMessageContent, signal?: AbortSignal): Promise<ChatMessageRef>;
  /** Posts an alert whose text is redacted of PII before it leaves the process (PII-2). */
  postAlert(alert: ChatAlert, signal?: AbortSignal): Promise<ChatMessageRef>;
  /**
   * Checks approver user ids (WH-9 allowlist) against the workspace's member list, following
   * pagination until every id is found or the list ends. For start-up checks and `caio doctor`.
   */
  checkApprovers(userIds: readonly string[], signal?: AbortSignal): Promise<ApproverCheck>;
}
