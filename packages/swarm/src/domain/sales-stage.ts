/** The 8 sales stages of SPEC §6, in conversation order; COMMUNICATOR drafts replies stage-aware (SPEC §2). */
export const salesStages = [
  'introduction',
  'qualification',
  'value_proposition',
  'needs_analysis',
  'solution_presentation',
  'objection_handling',
  'close',
  'end_conversation',
] as const;

/** One of {@link salesStages}. */
export type SalesStage = (typeof salesStages)[number];
