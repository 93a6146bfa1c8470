import { z } from 'zod';
import { constantTimeEqual } from './constant-time-equal.js';

/**
 * What our approval buttons carry in their `value` (WH-9 binding): the batch **or** the single
 * approval, the hash of the preview the approver saw, and the decision.
 */
const buttonValueSchema = z.union([
  z.strictObject({
    batch_id: z.string().min(1),
    preview_hash: z.string().min(1),
    decision: z.enum(['approve', 'reject']),
  }),
  z.strictObject({
    approval_id: z.string().min(1),
    preview_hash: z.string().min(1),
    decision: z.enum(['approve', 'reject']),
  }),
]);

/** The slice of a Slack `block_actions` interaction payload we read; extra fields are tolerated. */
const blockActionsSchema = z.object({
  type: z.string(),
  user: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ value: z.string().optional() })).min(1),
  container: z.object({ channel_id: z.string().min(1), message_ts: z.string().min(1) }).optional(),
});

/** The pending batch an approval must bind to, as stored when the approval request was posted. */
export interface PendingApprovalBatch {
  batchId: string;
  previewHash: string;
  /** Unix seconds (UTC) after which the approval no longer counts (WH-9: default ≤ 24 h after posting). */
  expiresAt: number;
}

/** The pending single approval a per-item button must bind to; `previewHash` is its content hash. */
export interface PendingApprovalItem {
  approvalId: string;
  previewHash: string;
  /** Unix seconds (UTC) after which the click no longer counts; omit when the approval's status decides. */
  expiresAt?: number;
}

/** Options for {@link parseSlackApproval}: the binding looked up for the clicked target (batch or item). */
export interface SlackApprovalOptions {
  /** Slack user ids allowed to approve (WH-9 allowlist). */
  approverUserIds: readonly string[];
  batch?: PendingApprovalBatch;
  approval?: PendingApprovalItem;
  /** The current time in Unix seconds (UTC). */
  now: number;
}

/** The Slack message a click came from (`container`), so the caller can `chat.update` it. */
export interface SlackMessageRef {
  channel: string;
  ts: string;
}

/**
 * A valid approval decision on a batch (`batchId`) or a single approval (`approvalId`). `onceKey`
 * must be claimed atomically before executing so a replayed click does nothing.
 */
export type SlackApprovalDecision = {
  ok: true;
  decision: 'approve' | 'reject';
  approverUserId: string;
  onceKey: string;
  /** Present when the payload names its message container. */
  message?: SlackMessageRef;
} & ({ batchId: string } | { approvalId: string });

/** Why a Slack interaction does not count as an approval. */
export type SlackApprovalRefusal = {
  ok: false;
  reason: 'malformed' | 'not_block_actions' | 'approver_not_allowed' | 'binding_mismatch' | 'expired';
};

/** What a clicked button claims to target, read before the binding is looked up (still untrusted). */
export type SlackButtonTarget =
  { kind: 'batch'; id: string; previewHash: string } | { kind: 'approval'; id: string; previewHash: string };

/**
 * The once-key of a click: `slack-approval:<batchId>` for a batch (one decision per batch), and
 * `slack-approval:<approvalId>:<previewHash>` for a single approval, so an approval reopened by an
 * edit (new content hash, new message) can be decided again while the old buttons stay spent.
 */
export function slackApprovalOnceKey(target: SlackButtonTarget): string {
  return target.kind === 'batch' ? `slack-approval:${target.id}` : `slack-approval:${target.id}:${target.previewHash}`;
}

type ParsedClick =
  | { ok: true; payload: z.infer<typeof blockActionsSchema>; value: z.infer<typeof buttonValueSchema> }
  | SlackApprovalRefusal;

function parseClick(body: Uint8Array): ParsedClick {
  const form = new URLSearchParams(new TextDecoder().decode(body));
  const payloadText = form.get('payload');
  if (payloadText === null) return { ok: false, reason: 'malformed' };
  let payloadJson: unknown;
  try {
    payloadJson = JSON.parse(payloadText);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const payload = blockActionsSchema.safeParse(payloadJson);
  if (!payload.success) return { ok: false, reason: 'malformed' };
  if (payload.data.type !== 'block_actions') return { ok: false, reason: 'not_block_actions' };
  let valueJson: unknown;
  try {
    valueJson = JSON.parse(payload.data.actions[0]?.value ?? '');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const value = buttonValueSchema.safeParse(valueJson);
  if (!value.success) return { ok: false, reason: 'malformed' };
  return { ok: true, payload: payload.data, value: value.data };
}

/**
 * Reads which batch or approval a clicked button names, so the route can look up its binding
 * before calling {@link parseSlackApproval}. Null for anything that is not a well-formed
 * `block_actions` click with our button value. The answer is untrusted until `parseSlackApproval`
 * has checked the approver and the preview hash.
 */
export function readSlackButtonTarget(body: Uint8Array): SlackButtonTarget | null {
  const click = parseClick(body);
  if (!click.ok) return null;
  const previewHash = click.value.preview_hash;
  return 'batch_id' in click.value
    ? { kind: 'batch', id: click.value.batch_id, previewHash }
    : { kind: 'approval', id: click.value.approval_id, previewHash };
}

/**
 * Interprets an **already signature-verified** Slack interactivity body (`payload=<json>`, form-encoded)
 * as an approval under specs/security.md WH-9: only a `block_actions` payload counts (free text never
 * does), only from an allowlisted user id, only when the button binds to the given batch (`batch_id`)
 * or single approval (`approval_id`) and its `preview_hash` (compared in constant time), and only
 * before `expiresAt`. Run {@link verifySlackRequest} first. Executing once is the caller's job: claim
 * `onceKey` ({@link slackApprovalOnceKey}) atomically before the effect.
 */
export function parseSlackApproval(
  body: Uint8Array,
  options: SlackApprovalOptions,
): SlackApprovalDecision | SlackApprovalRefusal {
  const click = parseClick(body);
  if (!click.ok) return click;
  const { payload, value } = click;
  if (!options.approverUserIds.includes(payload.user.id)) return { ok: false, reason: 'approver_not_allowed' };

  const binding =
    'batch_id' in value
      ? options.batch && {
          id: options.batch.batchId,
          hash: options.batch.previewHash,
          expiresAt: options.batch.expiresAt,
        }
      : options.approval && {
          id: options.approval.approvalId,
          hash: options.approval.previewHash,
          expiresAt: options.approval.expiresAt,
        };
  const clickedId = 'batch_id' in value ? value.batch_id : value.approval_id;
  if (!binding || binding.id !== clickedId || !constantTimeEqual(binding.hash, value.preview_hash)) {
    return { ok: false, reason: 'binding_mismatch' };
  }
  if (binding.expiresAt !== undefined && options.now >= binding.expiresAt) return { ok: false, reason: 'expired' };
  const message = payload.container
    ? { message: { channel: payload.container.channel_id, ts: payload.container.message_ts } }
    : {};
  const common = { ok: true as const, decision: value.decision, approverUserId: payload.user.id, ...message };
  const target = { id: clickedId, previewHash: value.preview_hash };
  return 'batch_id' in value
    ? { ...common, batchId: clickedId, onceKey: slackApprovalOnceKey({ kind: 'batch', ...target }) }
    : { ...common, approvalId: clickedId, onceKey: slackApprovalOnceKey({ kind: 'approval', ...target }) };
}
