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
export { mailboxPollJob } from './mailbox-poll-job.js';
export { deterministicId } from './deterministic-id.js';
