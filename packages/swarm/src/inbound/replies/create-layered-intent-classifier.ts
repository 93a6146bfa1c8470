import type { LanguageModel } from '../../ports/language-model.js';
import { classifyIntentLayered } from './classify-intent-layered.js';
import type { ReplyIntentClassifier } from './layered-intent-result.js';

/** Settings of {@link createLayeredIntentClassifier}. */
export interface LayeredIntentClassifierSettings {
  languageModel: LanguageModel;
  /** The deployment canary (INJ-7): `createCanary(system.unsubscribeSecret())`. */
  canary: string;
  /** Default 0.6 (threading spec §7 rule 4). */
  minimumConfidence?: number;
  /** Raises the INJ-7 alert (no output text is passed). */
  onCanaryLeak?: (details: { schemaName: string; modelSlug: string }) => void;
}

/**
 * A {@link ReplyIntentClassifier} for `processInboundEmail` that adds the model layer to the rules
 * (`classifyIntentLayered`, threading spec §7 rule 2). Without a configured model, leave the dependency
 * out: the rules classifier is the default.
 */
export function createLayeredIntentClassifier(settings: LayeredIntentClassifierSettings): ReplyIntentClassifier {
  return (visibleText, context) =>
    classifyIntentLayered(visibleText, {
      ...context,
      languageModel: settings.languageModel,
      canary: settings.canary,
      ...(settings.minimumConfidence === undefined ? {} : { minimumConfidence: settings.minimumConfidence }),
      ...(settings.onCanaryLeak ? { onCanaryLeak: settings.onCanaryLeak } : {}),
    });
}
