import { rehydratePii } from '../../defence/index.js';
import type { IntentExtraction, IntentResult } from '../../threading/index.js';
import type { LayeredIntentResult } from './layered-intent-result.js';
import type { ReplyClassification } from './reply-classification-schema.js';

/** Default confidence below which a model answer goes to human review (threading spec §7 rule 4). */
export const defaultMinimumModelConfidence = 0.6;

/** Intents only the detectors decide (threading spec §7 rule 1); never taken from the model. */
const detectorIntents: ReadonlySet<string> = new Set(['bounce', 'out_of_office']);

/** What {@link combineIntentLayers} combines. */
export interface IntentLayers {
  rules: IntentResult;
  model: ReplyClassification;
  modelSlug: string;
  /** `<EMAIL_1>` → value, from the prompt the model saw (re-hydrates referral contacts internally, PII-5). */
  valuesByPlaceholder: ReadonlyMap<string, string>;
  /** The text the model classified: extracted contacts must occur in it (INJ-5: no invented recipients). */
  visibleText: string;
  /** Default {@link defaultMinimumModelConfidence}. */
  minimumConfidence?: number;
}

function modelExtraction(layers: IntentLayers): IntentExtraction {
  const extracted = layers.model.extracted;
  const text = layers.visibleText.toLowerCase();
  // A tricked model must not add recipients: keep only contacts that really appear in the reply.
  const contacts = (extracted.referralContacts ?? [])
    .map((contact) => rehydratePii(contact, layers.valuesByPlaceholder).trim())
    .filter((contact) => contact !== '' && text.includes(contact.toLowerCase()));
  return {
    ...(extracted.proposedTimes?.length ? { proposedTimes: extracted.proposedTimes } : {}),
    ...(extracted.timezone ? { timezone: extracted.timezone } : {}),
    ...(contacts.length > 0 ? { referralContacts: contacts } : {}),
    ...(extracted.returnDate ? { returnDate: extracted.returnDate } : {}),
    ...(extracted.revisitAfter ? { revisitAfter: extracted.revisitAfter } : {}),
    ...(extracted.objectionType ? { objectionType: extracted.objectionType } : {}),
  };
}

function unionIgnoringCase(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first.map((value) => value.toLowerCase()));
  return [...first, ...second.filter((value) => !seen.has(value.toLowerCase()))];
}

/**
 * Combines the rules result with a valid model answer (threading spec §7 rules 2–4). The caller has already
 * kept bounce/out-of-office with the detectors (rule 1) and refused model answers of those intents.
 * - Compliance asymmetry (rule 3): if EITHER layer says `unsubscribe_request`, the result is
 *   `unsubscribe_request` with `needsReview` (the opt-out is honoured and a human sees the review note).
 * - Otherwise the model's intent, confidence and secondary are used; `needsReview` when the model's
 *   confidence is below `minimumConfidence` (0.6) or the rules flagged a hard pattern (rule 4: sarcasm,
 *   conditional yes…).
 * - Extraction: the rules' deterministic values win, the model fills the gaps (rule 5); referral contacts
 *   are the union, the model's re-hydrated and kept only when they occur in the reply.
 * Pure.
 */
export function combineIntentLayers(layers: IntentLayers): LayeredIntentResult {
  const { rules, model } = layers;
  const fromModel = modelExtraction(layers);
  const extracted: IntentExtraction = { ...fromModel, ...rules.extracted };
  const contacts = unionIgnoringCase(rules.extracted.referralContacts ?? [], fromModel.referralContacts ?? []);
  if (contacts.length > 0) extracted.referralContacts = contacts;
  const provenance = { layer: 'model' as const, modelSlug: layers.modelSlug };
  if (rules.intent === 'unsubscribe_request' || model.intent === 'unsubscribe_request') {
    const other = rules.intent === 'unsubscribe_request' ? model.intent : rules.intent;
    const secondary = other === 'unsubscribe_request' || other === 'other' ? undefined : other;
    return {
      intent: 'unsubscribe_request',
      confidence: Math.max(
        rules.intent === 'unsubscribe_request' ? rules.confidence : 0,
        model.intent === 'unsubscribe_request' ? model.confidence : 0,
      ),
      needsReview: true,
      extracted,
      ...(secondary ? { secondary } : {}),
      ...provenance,
    };
  }
  const minimum = layers.minimumConfidence ?? defaultMinimumModelConfidence;
  const rulesFlaggedHardPattern = rules.needsReview && rules.intent !== 'other';
  const secondary =
    model.secondary && model.secondary !== model.intent && !detectorIntents.has(model.secondary)
      ? model.secondary
      : undefined;
  return {
    intent: model.intent,
    confidence: model.confidence,
    needsReview: model.confidence < minimum || rulesFlaggedHardPattern,
    extracted,
    ...(secondary ? { secondary } : {}),
    ...provenance,
  };
}
