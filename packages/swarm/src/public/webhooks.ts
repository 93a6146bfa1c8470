/**
 * Public entry `caio-swarm/webhooks` (ARCHITECTURE.md "Public programmatic API"; specs/security.md
 * WH-1..WH-6). Side-effect free: importing it starts nothing and reads nothing.
 */
export { verifyStandardWebhook, verifySlackRequest, createMemoryReplayStore } from '../webhooks/index.js';
export type {
  ReplayStore,
  SyncReplayStore,
  WebhookRequest,
  WebhookRejection,
  WebhookRejectionReason,
  StandardWebhookOptions,
  StandardWebhookResult,
  SlackRequestOptions,
  SlackRequestResult,
} from '../webhooks/index.js';
