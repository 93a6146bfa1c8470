import type { LanguageModel } from '../../ports/language-model.js';
import { classifyIntent, detectAutoSignals, type ClassifyIntentContext } from '../../threading/index.js';
import { askModelForIntent } from './ask-model-for-intent.js';
import { combineIntentLayers } from './combine-intent-layers.js';
import type { IntentFallbackReason, LayeredIntentResult } from './layered-intent-result.js';

/** Options of {@link classifyIntentLayered}: the rules' context plus the optional model layer. */
export interface LayeredIntentOptions extends ClassifyIntentContext {
  /** The model layer; absent = rules only (SPEC §1 principle 5, threading spec §7 rule 2 "offline fallback"). */
  languageModel?: LanguageModel;
  /** The deployment canary (INJ-7, `createCanary`); required with `languageModel`. */
  canary?: string;
  /** The subject shown to the model; default `parsed.subject`. */
  subject?: string;
  /** Model confidence below which the reply goes to review; default 0.6 (threading spec §7 rule 4). */
  minimumConfidence?: number;
  /** Raises the INJ-7 alert when an answer leaks the canary (no output text is passed). */
  onCanaryLeak?: (details: { schemaName: string; modelSlug: string }) => void;
  signal?: AbortSignal;
}

/** Fallbacks that hint at an attack or a confused model: a human looks at the reply (INJ-4 "goes to review"). */
const reviewedFallbacks: ReadonlySet<IntentFallbackReason> = new Set([
  'injection_screened',
  'schema_violation',
  'canary_leak',
  'detector_intent',
]);

function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/**
 * The layered reply-intent classifier (threading spec §7 rule 2). First the deterministic layer
 * (`classifyIntent`). Without `languageModel` that is the answer (`layer: 'rules'`). Bounces,
 * out-of-office notices, spam complaints and other automatic replies come from the detectors, so the model
 * is not asked (rule 1). Otherwise the model is asked through the defence module (`askModelForIntent`:
 * screening, isolated data blocks with the visible reply and subject only, canary, strict JSON schema, no
 * tools) and combined with the rules by `combineIntentLayers` (rule 3 compliance asymmetry, rule 4
 * low-confidence review). When the model fails — error, timeout, schema violation, canary leak, screened
 * injection, or a `bounce`/`out_of_office` answer — the rules result is returned with
 * `layer: 'rules_fallback'` and the `fallbackReason`; attack-like reasons also set `needsReview`.
 * Never throws for model failures; a `languageModel` without a `canary` falls back with `model_error`.
 */
export async function classifyIntentLayered(
  visibleText: string,
  options: LayeredIntentOptions = {},
): Promise<LayeredIntentResult> {
  const auto = options.auto ?? (options.parsed ? detectAutoSignals(options.parsed) : undefined);
  const rules = classifyIntent(visibleText, { ...options, ...(auto ? { auto } : {}) });
  const decidedByDetectors =
    auto !== undefined &&
    (auto.isBounce || auto.complaint === true || (auto.isAutoReply && auto.autoReplyKind !== 'left_company'));
  if (!options.languageModel || decidedByDetectors) return { ...rules, layer: 'rules' };
  const modelSlug = options.languageModel.slug;
  const fallback = (reason: IntentFallbackReason): LayeredIntentResult => ({
    ...rules,
    needsReview: rules.needsReview || reviewedFallbacks.has(reason),
    layer: 'rules_fallback',
    fallbackReason: reason,
    modelSlug,
  });
  if (!options.canary) return fallback('model_error');
  const answer = await askModelForIntent(
    {
      visibleText,
      subject: options.subject ?? options.parsed?.subject ?? '',
      referenceDay: isoDay(options.referenceDate ?? options.parsed?.date),
    },
    {
      languageModel: options.languageModel,
      canary: options.canary,
      ...(options.onCanaryLeak ? { onCanaryLeak: options.onCanaryLeak } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  if (!answer.ok) return fallback(answer.reason);
  if (answer.answer.intent === 'bounce' || answer.answer.intent === 'out_of_office') return fallback('detector_intent');
  return combineIntentLayers({
    rules,
    model: answer.answer,
    modelSlug,
    valuesByPlaceholder: answer.valuesByPlaceholder,
    visibleText,
    ...(options.minimumConfidence === undefined ? {} : { minimumConfidence: options.minimumConfidence }),
  });
}
