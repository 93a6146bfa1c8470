import { CaioError } from '../../domain/errors.js';
import type { ChatBlock, ChatMessageContent, ChatTextObject } from '../../ports/chat-notifier.js';
import { approvalButtonValue } from './approval-button-value.js';
import type { ApprovalNotificationBatch } from './approval-notification-item.js';
import { dashboardApprovalUrl } from './dashboard-approval-url.js';
import { escapeAndTruncate } from './escape-and-truncate.js';
import { slackDateToken } from './slack-date-token.js';
import { truncateText } from './truncate-text.js';

/** Preview lines listed in a batch message; the rest are counted ("…and 12 more"). */
export const batchPreviewLines = 10;

const mrkdwn = (text: string): ChatTextObject => ({ type: 'mrkdwn', text });
// 10 lines × (60 + 60 + 100 + markup) stays under the 3000-character section limit.
const safe = (text: string, max: number): string => escapeAndTruncate(text.trim(), max);

/** Action ids of the batch buttons; the interactivity route dispatches on them. */
export const batchActionIds = { approve: 'batch_approve', reject: 'batch_reject', open: 'batch_open' } as const;

/**
 * Builds the Slack Block Kit message for a frozen batch approval (SPEC §3.6 "Batches", WH-9): the
 * item count, up to 10 preview lines, the preview hash and expiry, and buttons Approve all / Reject
 * all whose `value` is JSON `{ batch_id, preview_hash, decision }` — exactly what `parseSlackApproval`
 * binds to — plus a link to `{dashboardUrl}/approvals/{batchId}`. All text is mrkdwn-escaped.
 *
 * @throws CaioError `input_invalid` when `itemCount` is not a positive integer, an id/hash is empty
 *   or the dashboard URL is not http(s).
 */
export function buildBatchMessage(batch: ApprovalNotificationBatch): ChatMessageContent {
  if (!Number.isInteger(batch.itemCount) || batch.itemCount < 1) {
    throw new CaioError('input_invalid', `A batch approval needs at least 1 item, got ${batch.itemCount}.`);
  }
  const noun = batch.itemCount === 1 ? 'item' : 'items';
  const title = `${batch.urgent ? ':rotating_light: *Urgent batch approval*' : '*Batch approval*'}: ${batch.itemCount} ${noun}`;
  const shown = batch.preview.slice(0, batchPreviewLines).map((line) => {
    const company = line.company ? ` (${safe(line.company, 60)})` : '';
    return `• *${safe(line.leadName, 60)}*${company} — ${safe(line.subject, 100)}`;
  });
  const hidden = batch.itemCount - shown.length;
  const list = [...shown, ...(hidden > 0 ? [`…and ${hidden} more`] : [])].join('\n');
  const binding = { batch_id: batch.batchId, preview_hash: batch.previewHash };
  const blocks: ChatBlock[] = [
    { type: 'section', text: mrkdwn(title) },
    ...(list ? [{ type: 'section' as const, text: mrkdwn(list) }] : []),
    {
      type: 'context',
      elements: [
        mrkdwn(`Preview hash \`${safe(batch.previewHash, 16)}\` · expires ${slackDateToken(batch.expiresAt)}`),
      ],
    },
    {
      type: 'actions',
      block_id: `batch:${truncateText(batch.batchId, 200)}`,
      elements: [
        {
          type: 'button',
          action_id: batchActionIds.approve,
          text: { type: 'plain_text', text: `Approve all ${batch.itemCount}` },
          style: 'primary',
          value: approvalButtonValue({ ...binding, decision: 'approve' }),
        },
        {
          type: 'button',
          action_id: batchActionIds.reject,
          text: { type: 'plain_text', text: 'Reject all' },
          style: 'danger',
          value: approvalButtonValue({ ...binding, decision: 'reject' }),
        },
        {
          type: 'button',
          action_id: batchActionIds.open,
          text: { type: 'plain_text', text: 'Open in dashboard' },
          url: dashboardApprovalUrl(batch.dashboardUrl, batch.batchId),
        },
      ],
    },
  ];
  return { text: `${batch.urgent ? 'Urgent batch' : 'Batch'} approval: ${batch.itemCount} ${noun} waiting`, blocks };
}
