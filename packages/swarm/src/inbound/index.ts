export type { ApplyInboundEvent } from './apply-inbound-event.js';
export { createAuditingApplyInboundEvent } from './apply-inbound-event.js';
export { deriveProviderEventId } from './derive-provider-event-id.js';
export type { InboundEventJobPayload } from './inbound-event-job.js';
export { inboundEventJob } from './inbound-event-job.js';
export type { InboundVendor } from './inbound-vendor.js';
export { inboundVendors, sharedSecretHeaderName, vendorsWithQuerySecret } from './inbound-vendor.js';
export type { InboundDeliverySource } from './normalise-inbound-delivery.js';
export { normaliseInboundDelivery } from './normalise-inbound-delivery.js';
export { normaliseGenericEvent } from './normalise-generic-event.js';
export { normaliseHeyReachEvent } from './normalise-heyreach-event.js';
export { normaliseInstantlyEvent } from './normalise-instantly-event.js';
export { normaliseRb2bEvent } from './normalise-rb2b-event.js';
export type { NormaliseResult } from './normalise-result.js';
export type { InboundEventProcessingDependencies } from './process-inbound-event.js';
export { processInboundEvent } from './process-inbound-event.js';
export type { WebhookRejectionTelemetry } from './webhook-rejection-telemetry.js';
export { findUnconfiguredWebhookSources, type WebhookSecretInventory } from './find-unconfigured-webhook-sources.js';
export {
  createWebhookRejectionAlerter,
  type WebhookRejectionAlerterSettings,
} from './create-webhook-rejection-alerter.js';
export { discoverRb2bVisitor, rb2bLeadSource, type Rb2bVisitorDiscovery } from './discover-rb2b-visitor.js';
export { createRb2bDiscovery, type Rb2bDiscoveryDependencies } from './create-rb2b-discovery.js';
export {
  createWebhookGroupCommit,
  type StoreWebhookDelivery,
  type WebhookDeliveryToStore,
  type WebhookGroupCommitDependencies,
} from './create-webhook-group-commit.js';
