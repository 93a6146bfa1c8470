export { createSendPolicy, type SendPolicyDependencies } from './create-send-policy.js';
export { createInMemorySendLedger } from './in-memory-send-ledger.js';
export {
  describeOutboundSend,
  type OutboundChannel,
  type OutboundSendFacts,
  type OutboundSendPayload,
  type SendStream,
} from './outbound-send.js';
export { createSendDecisions, type SendDecision, type SendDecisions } from './send-decisions.js';
export type { SendPolicyReasonCode } from './send-policy-reason-codes.js';
export type { SendPolicyRefusal } from './send-policy-refusal.js';
export { checkSendWindow, defaultSendWindow, type SendWindowCheck, type SendWindowSettings } from './send-window.js';
export { groupSendingMailboxes, mailboxDomain, type SendingMailbox } from './sending-mailboxes.js';
export { isRampSupervised, type RampSettings } from './supervised-ramp.js';
export { channelsByTier, validateChannelRouting } from './validate-channel-routing.js';
export { sendingDomainBreakerName, validateCircuitBreaker } from './validate-circuit-breaker.js';
export { validateDedup } from './validate-dedup.js';
export { validateExclusionLists, type ExclusionLists } from './validate-exclusion-lists.js';
export { validateKillSwitches } from './validate-kill-switches.js';
export { validateMailboxPick } from './validate-mailbox-pick.js';
export { validateMode } from './validate-mode.js';
export { validateRamp } from './validate-ramp.js';
export { validateSendLimits, type SendLimitSettings } from './validate-send-limits.js';
export { validateSendWindow } from './validate-send-window.js';
export { validateSuppression } from './validate-suppression.js';
export { releaseUnsentReservation } from './release-unsent-reservation.js';
export {
  defaultLinkedInWarmup,
  linkedInDailyCeiling,
  nextUtcDayStart,
  utcDayStart,
  type LinkedInDailyCeiling,
  type LinkedInWarmupSettings,
} from './linkedin-warmup.js';
export { validateLinkedInWarmup, type LinkedInWarmupValidatorDependencies } from './validate-linkedin-warmup.js';
export {
  evaluateReputation,
  reputationThresholds,
  type ReputationInput,
  type ReputationThresholds,
  type ReputationVerdict,
} from './evaluate-reputation.js';
export { validateReputation, type ReputationValidatorDependencies } from './validate-reputation.js';
export { mergeExclusionLists } from './merge-exclusion-lists.js';
export { createCachedReputationStats, reputationCacheTtlMs } from './cached-reputation-stats.js';
export { createSendPolicyStages, type SendPolicyReads, type SendPolicyStages } from './create-send-policy.js';
export {
  createBatchSendPolicy,
  type BatchSendPolicy,
  type BatchSendPolicyDependencies,
} from './create-batch-send-policy.js';
export { breakerStateCacheTtlMs, createCachedBreakerStates } from './cached-breaker-states.js';
export { createCachedLocaleResolver } from './cached-locale-resolver.js';
