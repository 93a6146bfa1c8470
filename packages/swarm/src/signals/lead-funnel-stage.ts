import type { LeadStatus } from '../domain/lead.js';

/** The five funnel stages of SPEC §4 ("Pipeline → Outreach → Engaged → At Risk → Terminal"). */
export const funnelStages = ['pipeline', 'outreach', 'engaged', 'at_risk', 'terminal'] as const;
export type FunnelStage = (typeof funnelStages)[number];

/**
 * Which funnel stage each of the 21 lead statuses counts in (SPEC §4 funnel; the grouping is the
 * Inbound II issue's): Pipeline = new…queued, Outreach = sent/revival_sent, Engaged =
 * opened/clicked/replied/meeting_booked, At Risk = ghosted/stalled/hesitant/revival_candidate/
 * not_interested, Terminal = bounced/unsubscribed/disqualified.
 */
export const funnelStageOfStatus: Readonly<Record<LeadStatus, FunnelStage>> = {
  new: 'pipeline',
  enriched: 'pipeline',
  scored: 'pipeline',
  drafted: 'pipeline',
  pending_approval: 'pipeline',
  approved: 'pipeline',
  queued: 'pipeline',
  sent: 'outreach',
  revival_sent: 'outreach',
  opened: 'engaged',
  clicked: 'engaged',
  replied: 'engaged',
  meeting_booked: 'engaged',
  ghosted: 'at_risk',
  stalled: 'at_risk',
  hesitant: 'at_risk',
  revival_candidate: 'at_risk',
  not_interested: 'at_risk',
  bounced: 'terminal',
  unsubscribed: 'terminal',
  disqualified: 'terminal',
};

/** Counts of leads per funnel stage; every stage is present (0 when empty). */
export type FunnelCounts = Record<FunnelStage, number>;
