import type { LeadStatusPolicy } from '../ports/lead-status-store.js';
import { funnelStageOfStatus } from './lead-funnel-stage.js';
import { transitionLeadStatus } from './lead-status-transitions.js';

/**
 * The SPEC §4 status machine ({@link transitionLeadStatus}) and funnel mapping
 * ({@link funnelStageOfStatus}) as the {@link LeadStatusPolicy} the lead status store enforces.
 */
export const leadStatusPolicy: LeadStatusPolicy = {
  decide: (from, to, reason) => transitionLeadStatus(from, to, reason),
  stageOf: (status) => funnelStageOfStatus[status],
};
