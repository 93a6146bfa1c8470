export { runPipeline } from './run-pipeline.js';
export type {
  PipelineDependencies,
  PipelineRunOptions,
  PipelineSender,
  StageProgress,
} from './pipeline-dependencies.js';
export { sendEmailJob, sendEmailEffect } from './send-chunk.js';
export { draftContentHash } from './approve-chunk.js';
export { chooseSubjectVariant, renderOutboxMessage } from './outbox-rendering.js';
export { coldOutreachList } from './craft-chunk.js';
