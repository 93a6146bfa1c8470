export {
  createConversationClosing,
  type ConversationClosing,
  type ConversationClosingSettings,
} from './conversation-closing.js';
export {
  createApprovalSchedulingOutbox,
  smartApprover,
  type ConversationOutboxDependencies,
} from './create-approval-scheduling-outbox.js';
export {
  conversationDraft,
  draftConversation,
  pendingApprovalOf,
  saveDraftForApproval,
  type ConversationDraftInput,
} from './conversation-draft.js';
