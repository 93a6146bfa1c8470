/** What a screening rule recognises (SPEC §12; OWASP LLM01 prompt injection, LLM02/LLM07 leakage). */
export type ScreeningLabel = 'injection' | 'jailbreak' | 'exfiltration' | 'command_injection';

/** Where untrusted text came from; the screen relaxes rules that are normal for a source (HTML on web pages). */
export type UntrustedTextSource = 'email_reply' | 'web_page' | 'crm_field' | 'enrichment_json' | 'slack_message';

/** One heuristic: a linear-time pattern over lower-cased, whitespace-collapsed text and its weight (0–1). */
export interface ScreeningRule {
  id: string;
  label: ScreeningLabel;
  /** Probability-like weight; rules combine by noisy-OR, so one 0.85 rule alone is `sanitize`. */
  weight: number;
  pattern: RegExp;
  /** Sources where the pattern is ordinary content and the rule is skipped. */
  skipFor?: readonly UntrustedTextSource[];
}
