import type { ClassifyIntentContext, IntentResult } from '../../threading/index.js';

/**
 * Which layer decided a reply's intent (threading spec §7 rule 2): `rules` — the deterministic layer alone
 * (no model configured, or the detectors decided: bounce, out-of-office, complaints, auto-replies);
 * `model` — the model's answer combined with the rules; `rules_fallback` — a model is configured but its
 * answer was not used (see {@link IntentFallbackReason}).
 */
export type IntentLayer = 'rules' | 'model' | 'rules_fallback';

/**
 * Why a configured model's answer was not used (SPEC §1 principle 6 "Explainable"):
 * - `injection_screened`: screening flagged the reply as an attack (score ≥ 0.7), so it never reached the model (INJ-1);
 * - `timeout`: the call exceeded its time limit (RES-2);
 * - `schema_violation`: the answer was not JSON or did not match the schema (INJ-4);
 * - `canary_leak`: the answer contained the prompt canary (INJ-7);
 * - `detector_intent`: the model answered `bounce` or `out_of_office`, which only the detectors decide (§7 rule 1);
 * - `model_error`: any other failure (rate limit, HTTP error, open circuit).
 */
export type IntentFallbackReason =
  'injection_screened' | 'timeout' | 'schema_violation' | 'canary_leak' | 'detector_intent' | 'model_error';

/** An `IntentResult` (stored as is by `processInboundEmail`) plus which layer decided and why. */
export interface LayeredIntentResult extends IntentResult {
  layer: IntentLayer;
  /** Set when `layer` is `rules_fallback`. */
  fallbackReason?: IntentFallbackReason;
  /** The model asked, e.g. `anthropic:claude-sonnet-4-5`; absent when none was. */
  modelSlug?: string;
}

/**
 * Classifies a reply's visible text (threading spec §7). The default is the rules classifier
 * `classifyIntent`; `createLayeredIntentClassifier` adds the model layer. May return a plain
 * `IntentResult` (rules) or a {@link LayeredIntentResult}.
 */
export type ReplyIntentClassifier = (
  visibleText: string,
  context: ClassifyIntentContext,
) => IntentResult | LayeredIntentResult | Promise<IntentResult | LayeredIntentResult>;
