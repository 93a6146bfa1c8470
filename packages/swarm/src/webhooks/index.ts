export type { ReplayStore, SyncReplayStore } from './replay-store.js';
export { createMemoryReplayStore } from './replay-store.js';
export type { WebhookRequest, WebhookRejection, WebhookRejectionReason } from './webhook-verification.js';
export {
  defaultToleranceSeconds,
  maximumActiveSecrets,
  maximumBodyBytes,
  minimumReplayTtlSeconds,
} from './webhook-verification.js';
export type { MaybePromise } from './check-replay.js';
export { constantTimeEqual } from './constant-time-equal.js';
export type {
  StandardWebhookOptions,
  StandardWebhookAcceptance,
  StandardWebhookResult,
} from './verify-standard-webhook.js';
export { verifyStandardWebhook } from './verify-standard-webhook.js';
export type { SlackRequestOptions, SlackRequestResult } from './verify-slack-request.js';
export { verifySlackRequest } from './verify-slack-request.js';
export type { SharedSecretHeaderOptions } from './verify-shared-secret-header.js';
export { verifySharedSecretHeader } from './verify-shared-secret-header.js';
export type {
  PendingApprovalBatch,
  PendingApprovalItem,
  SlackApprovalOptions,
  SlackApprovalDecision,
  SlackApprovalRefusal,
  SlackButtonTarget,
  SlackMessageRef,
} from './slack-approval.js';
export { parseSlackApproval, readSlackButtonTarget, slackApprovalOnceKey } from './slack-approval.js';
