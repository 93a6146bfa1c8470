export type {
  ApprovalNotificationItem,
  ApprovalNotificationBatch,
  ApprovalBatchPreviewLine,
} from './approval-notification-item.js';
export { buildApprovalMessage, approvalActionIds, approvalBodyPreviewCharacters } from './build-approval-message.js';
export { buildBatchMessage, batchActionIds, batchPreviewLines } from './build-batch-message.js';
export { approvalButtonValue, type ApprovalButtonBinding } from './approval-button-value.js';
export { dashboardApprovalUrl } from './dashboard-approval-url.js';
export { escapeSlackMrkdwn } from './escape-slack-mrkdwn.js';
export { truncateText } from './truncate-text.js';
export { escapeAndTruncate } from './escape-and-truncate.js';
export { topScoreReasons } from './top-score-reasons.js';
export { slackDateToken } from './slack-date-token.js';
export { planEscalation, type EscalationInput, type EscalationPlan } from './plan-escalation.js';
export { defaultApprovalTimeouts, type ApprovalTimeouts } from './approval-timeouts.js';
export { escalationChannels, type EscalationChannel, type EscalationLevel } from './escalation-channels.js';
