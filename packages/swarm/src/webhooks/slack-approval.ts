import { z } from 'zod';

/** What our approval buttons carry in their `value`: the batch and the hash of the preview the approver saw. */
const buttonValueSchema = z.object({
  batch_id: z.string().min(1),
  preview_hash: z.string().min(1),
  decision: z.enum(['approve', 'reject']),
});

/** The slice of a Slack `block_actions` interaction payload we read; extra fields are tolerated. */
const blockActionsSchema = z.object({
  type: z.string(),
  user: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ value: z.string().optional() })).min(1),
});

/** The pending batch an approval must bind to, as stored when the approval request was posted. */
export interface PendingApprovalBatch {
  batchId: string;
  previewHash: string;
  /** Unix seconds (UTC) after which the approval no longer counts (WH-9: default ≤ 24 h after posting). */
  expiresAt: number;
}

/** Options for {@link parseSlackApproval}. */
export interface SlackApprovalOptions {
  /** Slack user ids allowed to approve (WH-9 allowlist). */
  approverUserIds: readonly string[];
  batch: PendingApprovalBatch;
  /** The current time in Unix seconds (UTC). */
  now: number;
}

/** A valid approval decision; `onceKey` must be claimed atomically before executing so a replayed click does nothing. */
export interface SlackApprovalDecision {
  ok: true;
  decision: 'approve' | 'reject';
  batchId: string;
  approverUserId: string;
  onceKey: string;
}

/** Why a Slack interaction does not count as an approval. */
export type SlackApprovalRefusal = {
  ok: false;
  reason: 'malformed' | 'not_block_actions' | 'approver_not_allowed' | 'binding_mismatch' | 'expired';
};

/**
 * Interprets an **already signature-verified** Slack interactivity body (`payload=<json>`, form-encoded)
 * as an approval under specs/security.md WH-9: only a `block_actions` payload counts (free text never
 * does), only from an allowlisted user id, only when the button binds to this `batch_id` and
 * `preview_hash`, and only before `expiresAt`. Run {@link verifySlackRequest} first. Executing once is
 * the caller's job: claim `onceKey` in the dedupe store in the same transaction as the effect.
 */
export function parseSlackApproval(
  body: Uint8Array,
  options: SlackApprovalOptions,
): SlackApprovalDecision | SlackApprovalRefusal {
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
  if (!options.approverUserIds.includes(payload.data.user.id)) return { ok: false, reason: 'approver_not_allowed' };

  let valueJson: unknown;
  try {
    valueJson = JSON.parse(payload.data.actions[0]?.value ?? '');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const value = buttonValueSchema.safeParse(valueJson);
  if (!value.success) return { ok: false, reason: 'malformed' };
  if (value.data.batch_id !== options.batch.batchId || value.data.preview_hash !== options.batch.previewHash) {
    return { ok: false, reason: 'binding_mismatch' };
  }
  if (options.now >= options.batch.expiresAt) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    decision: value.data.decision,
    batchId: value.data.batch_id,
    approverUserId: payload.data.user.id,
    onceKey: `slack-approval:${value.data.batch_id}`,
  };
}
