import { commandInjectionRules } from './command-injection-rules.js';
import { exfiltrationRules } from './exfiltration-rules.js';
import { injectionRules } from './injection-rules.js';
import { jailbreakRules } from './jailbreak-rules.js';
import type { ScreeningRule } from './screening-label.js';

/*
 * Heuristics after OWASP Top 10 for LLM Applications 2025 (LLM01 prompt injection, LLM02 sensitive
 * information disclosure, LLM05 improper output handling, LLM07 system prompt leakage) and public
 * prompt-injection corpora. Text is lower-case with whitespace collapsed to single spaces. Every
 * pattern starts at a literal word and uses bounded, non-overlapping repetition: linear (PII-4).
 * Weights are tuned on defence/__fixtures__ so benign sales replies ("ignore my last email",
 * "password reset", "our CRM system") stay below 0.5.
 */

/** Every screening heuristic, in the order they are tried (specs/security.md INJ-1). */
export const screeningRules: readonly ScreeningRule[] = [
  ...injectionRules,
  ...jailbreakRules,
  ...exfiltrationRules,
  ...commandInjectionRules,
];
