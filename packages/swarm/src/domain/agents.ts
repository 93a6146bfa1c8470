/** The agents of SPEC §2. */
export const agentNames = [
  'QUEEN',
  'HUNTER',
  'ENRICHER',
  'SEGMENTOR',
  'CRAFTER',
  'GATEKEEPER',
  'OPERATOR',
  'SCOUT',
  'COACH',
  'PIPER',
  'SCHEDULER',
  'RESEARCHER',
  'PREPPER',
] as const;
export type AgentName = (typeof agentNames)[number];

/** Action risk levels of the permission matrix (SPEC §2). */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** Approval classes (SPEC §3.6). `NONE` marks internal actions that never need a human. */
export type ApprovalClass = 'ALWAYS' | 'SMART' | 'NEVER_AUTO' | 'NONE';

/** Rollout modes (SPEC §1). */
export type Mode = 'shadow' | 'assisted' | 'full';
