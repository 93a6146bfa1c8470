export { createActionGateway, type ActionGateway, type ActionGatewayDependencies } from './action-gateway.js';
export type { ActionEffect, ActionRequest, GatewayOutcome, PolicyValidator } from './action-request.js';
export {
  decideApproval,
  defaultApprovalClasses,
  modeClassTable,
  type ApprovalDecision,
  type ApprovalQuestion,
} from './approval-policy.js';
export { createHourlyRateLimiter, type HourlyRateLimiter } from './hourly-rate-limiter.js';
export { parsePermissionMatrix, type ActionPermission, type PermissionMatrix } from './permission-matrix.js';
export { gateChatNotifier } from './gate-chat-notifier.js';
export { gateClayRequester } from './gate-clay-requester.js';
