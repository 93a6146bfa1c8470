export { approveQueuedDraft, rejectQueuedDraft, type ApprovalDeskDependencies } from './decide-approval.js';
