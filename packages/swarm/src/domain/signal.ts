/**
 * SCOUT intent signal kinds and their base points (SPEC §3.3): funding 30, hiring 25, leadership
 * change 20, product launch 15, website activity 10.
 */
export const intentSignalPoints = {
  funding: 30,
  hiring: 25,
  leadership_change: 20,
  product_launch: 15,
  website_activity: 10,
} as const;
export type IntentSignalKind = keyof typeof intentSignalPoints;

/** One intent signal about a company, with where it came from (for "why this score"). */
export interface IntentSignal {
  kind: IntentSignalKind;
  /** Calendar date of the event, `YYYY-MM-DD`, or null when the source gives none (counts half). */
  date: string | null;
  /** Human-readable source, e.g. `signal-events.csv: yc-companies.csv (isHiring flag at snapshot)`. */
  source: string;
  /** Free-text detail, e.g. `$3,000,000` or `isHiring=true`. */
  detail: string | null;
}
