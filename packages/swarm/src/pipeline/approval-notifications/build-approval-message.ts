import type { ChatBlock, ChatMessageContent, ChatTextObject } from '../../ports/chat-notifier.js';
import { approvalButtonValue } from './approval-button-value.js';
import type { ApprovalNotificationItem } from './approval-notification-item.js';
import { dashboardApprovalUrl } from './dashboard-approval-url.js';
import { escapeAndTruncate } from './escape-and-truncate.js';
import { slackDateToken } from './slack-date-token.js';
import { topScoreReasons } from './top-score-reasons.js';
import { truncateText } from './truncate-text.js';

/** Body preview length in characters after escaping; keeps the section well under Slack's 3000-character limit. */
export const approvalBodyPreviewCharacters = 600;
/** Escaped length of each name/subject/reason, so one long field cannot push a block past Slack's limits. */
const fieldCharacters = 200;

const mrkdwn = (text: string): ChatTextObject => ({ type: 'mrkdwn', text });
const safe = (text: string, max = fieldCharacters): string => escapeAndTruncate(text.trim(), max);

/** Action ids of the item buttons; the interactivity route dispatches on them. */
export const approvalActionIds = {
  approve: 'approval_approve',
  reject: 'approval_reject',
  edit: 'approval_edit',
} as const;

/**
 * Builds the Slack Block Kit message for one pending approval (SPEC §3.6 channels): lead name,
 * title, company, tier and score; subject A/B; the body preview truncated to 600 characters; the top
 * 3 score reasons; buttons Approve / Reject whose `value` is JSON `{ approval_id, preview_hash,
 * decision }` (WH-9 binding) and an Edit link to `{dashboardUrl}/approvals/{approvalId}`. Every
 * piece of lead or draft text is escaped for mrkdwn (`&`, `<`, `>`), including the fallback `text`.
 * Pure: same input, same output.
 *
 * @throws CaioError `input_invalid` for an empty id/hash or a dashboard URL that is not http(s).
 * @example await slack.postMessage({ channel: 'C0APPROVALS', ...buildApprovalMessage(item) });
 */
export function buildApprovalMessage(item: ApprovalNotificationItem): ChatMessageContent {
  const lead = item.lead;
  const who = `*${safe(lead.name)}*${lead.title ? `, ${safe(lead.title)}` : ''}${lead.company ? ` at *${safe(lead.company)}*` : ''}`;
  const facts = [
    lead.tier ? `Tier ${safe(lead.tier.replace('tier_', ''))}` : 'No tier',
    ...(item.score === null || item.score === undefined ? [] : [`Score ${Math.round(item.score)}`]),
    ...(item.action ? [safe(item.action)] : []),
  ].join(' · ');
  const heading = `${item.urgent ? ':rotating_light: *Urgent approval needed*' : '*Approval needed*'}\n${who}\n${facts}`;
  const reasons = topScoreReasons(item.scoreReasons, 3).map((reason) => mrkdwn(safe(reason)));
  const binding = { approval_id: item.approvalId, preview_hash: item.previewHash };
  const blocks: ChatBlock[] = [
    { type: 'section', text: mrkdwn(heading) },
    {
      type: 'section',
      text: mrkdwn('*Subject lines*'),
      fields: [
        mrkdwn(`*A:* ${safe(item.subjectA)}`),
        mrkdwn(item.subjectB ? `*B:* ${safe(item.subjectB)}` : '*B:* _none_'),
      ],
    },
    { type: 'section', text: mrkdwn(`*Preview*\n${safe(item.body, approvalBodyPreviewCharacters)}`) },
    ...(reasons.length > 0 ? [{ type: 'context' as const, elements: reasons }] : []),
    ...(item.expiresAt
      ? [{ type: 'context' as const, elements: [mrkdwn(`Expires ${slackDateToken(item.expiresAt)}`)] }]
      : []),
    {
      type: 'actions',
      block_id: `approval:${truncateText(item.approvalId, 200)}`,
      elements: [
        {
          type: 'button',
          action_id: approvalActionIds.approve,
          text: { type: 'plain_text', text: 'Approve' },
          style: 'primary',
          value: approvalButtonValue({ ...binding, decision: 'approve' }),
        },
        {
          type: 'button',
          action_id: approvalActionIds.reject,
          text: { type: 'plain_text', text: 'Reject' },
          style: 'danger',
          value: approvalButtonValue({ ...binding, decision: 'reject' }),
        },
        {
          type: 'button',
          action_id: approvalActionIds.edit,
          text: { type: 'plain_text', text: 'Edit' },
          url: dashboardApprovalUrl(item.dashboardUrl, item.approvalId),
        },
      ],
    },
  ];
  const text = `${item.urgent ? 'Urgent approval' : 'Approval'} needed: ${safe(lead.name)}${lead.company ? ` (${safe(lead.company)})` : ''} — ${safe(item.subjectA)}`;
  return { text, blocks };
}
