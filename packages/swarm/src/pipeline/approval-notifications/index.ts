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
export {
  escalatePendingApprovals,
  escalationOnceKey,
  type DueEscalation,
  type EscalationRound,
  type EscalationRoundResult,
  type PendingEscalationApproval,
} from './escalate-pending-approvals.js';
export { escalationMessage } from './escalation-message.js';
export {
  runApprovalEscalation,
  approvalEscalationJob,
  escalationActor,
  type ApprovalEscalationDependencies,
  type EscalationDelivery,
  type EscalationRoundReport,
} from './run-approval-escalation.js';
export {
  postApprovalRequests,
  approvalRequestOnceKey,
  defaultApprovalRequestsPerRound,
  type ApprovalRequestPosterDependencies,
} from './post-approval-requests.js';
