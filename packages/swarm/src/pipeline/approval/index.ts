export { approveQueuedDraft, rejectQueuedDraft, type ApprovalDeskDependencies } from './decide-approval.js';
export type { DeskDependencies } from './desk-dependencies.js';
export { editQueuedDraft, type DraftEditRequest } from './edit-queued-draft.js';
export { batchPreviewHash } from './batch-preview-hash.js';
export { freezeApprovalBatch, maximumBatchItems } from './freeze-approval-batch.js';
export { approveApprovalBatch } from './approve-approval-batch.js';
export { executeApprovalBatch } from './execute-approval-batch.js';
export { rateDraft, ratingDimensions } from './rate-draft.js';
export { draftContentHash } from '../run/approve-chunk.js';
export {
  executeApprovalBatchJob,
  handleExecuteApprovalBatchJob,
  type ExecuteApprovalBatchPayload,
} from './execute-batch-job.js';
