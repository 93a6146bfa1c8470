/** The scheduling runtime's slice logic (issue 7): host choice, the per-host router, the reply dispatcher. */
export {
  chooseHost,
  defaultHostPool,
  noSchedulingHostError,
  peekNextHost,
  type ChooseHostInput,
} from './choose-host.js';
export { createInMemoryHostRotationStore } from './in-memory-host-rotation-store.js';
export {
  createConversationRouter,
  type CalendarInviteConfirmation,
  type ConversationHosts,
  type ConversationRouterDependencies,
  type ConversationStartRequest,
  type SchedulingConversationRouter,
} from './create-conversation-router.js';
export {
  dispatchSchedulingReplies,
  type DispatchLead,
  type DispatchReport,
  type DispatchSchedulingRepliesDependencies,
} from './dispatch-scheduling-replies.js';
