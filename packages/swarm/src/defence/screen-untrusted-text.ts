import { detectDataSubjectRequest } from './detect-data-subject-request.js';
import { hiddenTextVariants } from './hidden-text-variants.js';
import { normalizeUntrustedText, type ObfuscationFlag } from './normalize-untrusted-text.js';
import type { ScreeningLabel, ScreeningRule, UntrustedTextSource } from './screening-label.js';
import { screeningRules } from './screening-rules.js';
import { verdictForScore, type ScreeningVerdict } from './screening-verdict.js';

/** Result of {@link screenUntrustedText}. */
export interface ScreeningResult {
  verdict: ScreeningVerdict;
  /** 0–1, rounded to 3 decimals. */
  score: number;
  /** What was recognised; empty when the verdict is `allow`. */
  labels: ScreeningLabel[];
  /** The text after INJ-3 normalisation (NFKC, invisible characters removed, homoglyph tokens folded). */
  normalized: string;
}

/** Weight of "an attack phrase was only visible after decoding" (base64, ROT13, reversed, tags, leetspeak…). */
const hiddenAttackWeight = 0.6;
/** Weight of "an attack phrase sits in text that also used invisible characters or homoglyphs". */
const obfuscatedAttackWeight = 0.5;
/** Only rules at least this strong count when they match a decoded variant; weak ones would add noise. */
const hiddenRuleMinimumWeight = 0.6;
const flagWeights: Readonly<Record<ObfuscationFlag, number>> = {
  zero_width: 0.2,
  bidi_control: 0.25,
  tag_characters: 0.3,
  variation_selector: 0.2,
  mixed_script: 0.25,
};
/** INJ-2: opt-outs and data requests are never blocked; weak signals on them are not even a warning. */
const dataSubjectRequestCap = 0.45;
const dataSubjectRequestWithOverrideCap = 0.85;
const ownDataPattern =
  /\b(?:my|our) (?:own )?(?:personal )?(?:data|information|info|details|records)\b|\babout (?:me|us)\b/;

/**
 * Words at least one strong rule needs. A decoded variant without any of them cannot match a strong
 * rule, so it is skipped — this keeps ROT13 and reversed re-reads of ordinary mail nearly free.
 */
const strongRuleTriggerPattern =
  /ignor|disregard|forget|overrid|bypass|skip|instruction|prompt|system|reveal|print|repeat|send|forward|email|upload|share|post|leak|password|secret|token|key|credential|jailbr|dan\b|develop|mode|restrict|approv|review|curl|wget|rm -|script|select|drop|table|jndi|\{\{|\.\.\/|\/etc|bash|sh\b|powershell|entity|ai\b|llm|assistant|bcc|recipient|limit|pretend|act as|you are|tell|dump|export|attach|polic|rule/;

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Screens untrusted text — email replies, scraped pages, CRM and enrichment fields, Slack messages —
 * for prompt injection, jailbreaks, data exfiltration and command injection (SPEC §12,
 * specs/security.md INJ-1..INJ-3). The text is normalised first (INJ-3), scanned with linear-time
 * heuristics, then scanned again after undoing base64 (runs ≥ 24 characters), ROT13, reversal,
 * leetspeak, spaced-out letters and tag-character smuggling. Rule weights combine by noisy-OR;
 * hidden or obfuscated attacks score higher. Verdicts: `block` > 0.9, `sanitize` 0.7–0.9, `warn`
 * 0.5–0.7, `allow` below; a recognised attack scores ≥ 0.7. Opt-outs and data-subject requests are
 * never blocked (INJ-2) — route them with {@link detectDataSubjectRequest} whatever the verdict.
 * `source` (default `email_reply`) relaxes rules that are ordinary for it (HTML on a `web_page`).
 * Pure and synchronous; never throws.
 */
export function screenUntrustedText(text: string, source: UntrustedTextSource = 'email_reply'): ScreeningResult {
  const { normalized, flags, tagPayload } = normalizeUntrustedText(text);
  const rules = screeningRules.filter((rule) => !rule.skipFor?.includes(source));
  const visibleHits = new Set<ScreeningRule>();
  const hiddenHits = new Set<ScreeningRule>();

  const primary = collapseWhitespace(normalized.toLowerCase());
  for (const rule of rules) if (rule.pattern.test(primary)) visibleHits.add(rule);
  for (const variant of hiddenTextVariants(normalized, tagPayload)) {
    const variantText = collapseWhitespace(variant.text);
    if (!strongRuleTriggerPattern.test(variantText)) continue;
    for (const rule of rules) {
      if (visibleHits.has(rule) || hiddenHits.has(rule) || rule.weight < hiddenRuleMinimumWeight) continue;
      if (rule.pattern.test(variantText)) hiddenHits.add(rule);
    }
  }

  const hits = [...visibleHits, ...hiddenHits];
  let missProbability = hits.reduce((miss, rule) => miss * (1 - rule.weight), 1);
  if (hiddenHits.size > 0) missProbability *= 1 - hiddenAttackWeight;
  for (const flag of flags) missProbability *= 1 - flagWeights[flag];
  const strongVisibleHit = [...visibleHits].some((rule) => rule.weight >= hiddenRuleMinimumWeight);
  if (flags.length > 0 && strongVisibleHit) missProbability *= 1 - obfuscatedAttackWeight;
  let score = 1 - missProbability;

  if (detectDataSubjectRequest(normalized).length > 0) {
    // A person asking for their own data ("send a copy of my data to me@…") is the DSAR flow, not
    // exfiltration; anything else strong next to an opt-out is still flagged, but never blocked.
    const asksForOwnData = ownDataPattern.test(primary);
    const strongHit = hits.some(
      (rule) => rule.weight >= hiddenRuleMinimumWeight && !(asksForOwnData && rule.label === 'exfiltration'),
    );
    score = Math.min(score, strongHit ? dataSubjectRequestWithOverrideCap : dataSubjectRequestCap);
  }

  score = Math.round(score * 1000) / 1000;
  const verdict = verdictForScore(score);
  const labels = verdict === 'allow' ? [] : [...new Set(hits.map((rule) => rule.label))];
  return { verdict, score, labels, normalized };
}
