// Reply routing and mailbox polling (issue 6 "Inbound II": mailboxes, routing). Pure routing plus thin executors.
export type { DraftedIntent, ReplyAction } from './reply-action.js';
export { routeReply, type ReplyFacts, type ReplyRoute } from './route-reply.js';
export { composeReplyDraft, type ReplyDraftInput, type ReplyDraftText } from './compose-reply-draft.js';
export {
  executeReplyRoute,
  schedulingRequestedEvent,
  type ReplyRouteDependencies,
  type ReplyRouteOutcome,
} from './execute-reply-route.js';
export {
  processInboundEmail,
  type InboundEmailDependencies,
  type InboundEmailOutcome,
} from './process-inbound-email.js';
export { pollMailbox, type PollMailboxDependencies, type PollMailboxReport } from './poll-mailbox.js';
export { mailboxPollJob, mailboxPollSingletonKey, type MailboxPollPayload } from './mailbox-poll-job.js';
export { keepMailboxWatched, type KeepMailboxWatchedOptions } from './keep-mailbox-watched.js';
export { createMailboxWakeups, type MailboxWakeups, type MailboxWakeupsOptions } from './mailbox-wakeups.js';
export { deterministicId } from './deterministic-id.js';
export type {
  IntentFallbackReason,
  IntentLayer,
  LayeredIntentResult,
  ReplyIntentClassifier,
} from './layered-intent-result.js';
export { classifyIntentLayered, type LayeredIntentOptions } from './classify-intent-layered.js';
export {
  createLayeredIntentClassifier,
  type LayeredIntentClassifierSettings,
} from './create-layered-intent-classifier.js';
export { combineIntentLayers, defaultMinimumModelConfidence, type IntentLayers } from './combine-intent-layers.js';
export {
  replyClassificationSchema,
  replyClassificationSchemaName,
  type ReplyClassification,
} from './reply-classification-schema.js';
export {
  createLlmReplyDrafter,
  type LlmReplyDrafterSettings,
  type ReplyDraftFallbackReason,
} from './create-llm-reply-drafter.js';
