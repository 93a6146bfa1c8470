/**
 * A fact an action or a draft relies on (SPEC §3.4 personalisation evidence, §10 grounding evidence).
 * Timestamped so a reviewer can judge how fresh it is.
 */
export interface Evidence {
  /** What the fact is about, e.g. `company.industry`, `signal.hiring`, `lead.title`. */
  kind: string;
  /** The fact as shown to a reviewer. */
  value: string;
  /** Where it came from: a provider slug, a file, a CSV column. */
  source: string;
  /** When the fact was observed or fetched (ISO 8601 UTC). */
  observedAt: string;
}
