import { CaioError } from '../../domain/errors.js';

/** Slack's limit for a button `value` (Block Kit button element reference). */
const maxButtonValueLength = 2_000;

/** What an approval button binds to (WH-9): the target, the preview hash the approver saw, and the decision. */
export type ApprovalButtonBinding =
  | { approval_id: string; preview_hash: string; decision: 'approve' | 'reject' }
  | { batch_id: string; preview_hash: string; decision: 'approve' | 'reject' };

/**
 * Serialises a button binding to the JSON string Slack echoes back in the signed `block_actions`
 * payload. The receiver must still verify the signature and the binding (WH-9; `parseSlackApproval`).
 *
 * @throws CaioError `input_invalid` when an id or hash is empty or the value exceeds 2000 characters.
 */
export function approvalButtonValue(binding: ApprovalButtonBinding): string {
  const id = 'approval_id' in binding ? binding.approval_id : binding.batch_id;
  if (!id.trim() || !binding.preview_hash.trim()) {
    throw new CaioError('input_invalid', 'An approval button needs a non-empty id and preview hash (WH-9).');
  }
  const value = JSON.stringify(binding);
  if (value.length > maxButtonValueLength) {
    throw new CaioError('input_invalid', `Approval button value is ${value.length} characters; Slack allows 2000.`);
  }
  return value;
}
