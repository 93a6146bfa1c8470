import type { Tier } from './lead.js';

/** Score components (SPEC §3.3). Points before multipliers. */
export interface ScoreComponents {
  title: number;
  industry: number;
  companySize: number;
  location: number;
  completeness: number;
  intent: number;
}

/** Why a lead was disqualified: the rule that matched and a readable detail. */
export interface Disqualification {
  /** Stable rule id: `below_floor`, `role_account`, `company_inactive`, `no_contact_channel`, `customer_domain`, `customer_email`, `competitor_domain`, `suppressed`. */
  rule: string;
  detail: string;
}

/** The outcome of ICP scoring for one lead. */
export interface ScoreResult {
  /** 0–100 after multipliers and cap. */
  score: number;
  tier: Tier | null;
  components: ScoreComponents;
  /** Multipliers applied to the total, e.g. `{ priorityTitle: 1.5 }`. */
  multipliers: Readonly<Record<string, number>>;
  /** Intent score 0–100 before its ×0.2 contribution. */
  intentScore: number;
  /** Human-readable lines, e.g. `+25 title: VP Operations matches priority title`. */
  reasons: readonly string[];
  disqualification: Disqualification | null;
}
