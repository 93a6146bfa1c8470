/** The ten reply intents of SPEC §6 / threading spec §7, listed in precedence order. */
export const intentPrecedence = [
  'bounce',
  'out_of_office',
  'unsubscribe_request',
  'referral',
  'scheduling_request',
  'acceptance',
  'information_request',
  'question',
  'objection',
  'rejection',
] as const;

/** One of the ten intents (SPEC §6). */
export type Intent = (typeof intentPrecedence)[number];

/** Why a prospect said "not now" (threading spec §7 `objectionType`). */
export type ObjectionType = 'timing' | 'budget' | 'contract' | 'incumbent' | 'authority' | 'fit' | 'conditional';

/** Facts pulled out of the reply (threading spec §7 rule 2); dates are ISO `YYYY-MM-DD` calendar days. */
export interface IntentExtraction {
  proposedTimes?: string[];
  timezone?: string;
  referralContacts?: string[];
  returnDate?: string;
  revisitAfter?: string;
  objectionType?: ObjectionType;
}

/**
 * Result of {@link classifyIntent} (threading spec §8). `other` covers auto-acks, challenges and text no rule
 * recognises; `needsReview` routes the reply to a human (GATEKEEPER, spec §7 rules 3–4).
 */
export interface IntentResult {
  intent: Intent | 'other';
  confidence: number;
  secondary?: Intent;
  needsReview: boolean;
  extracted: IntentExtraction;
}
