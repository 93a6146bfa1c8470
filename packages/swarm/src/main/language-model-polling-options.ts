import type { ResolvedLlmSettings } from '../config/resolve-llm-settings.js';
import {
  createConfiguredLanguageModel,
  type ConfiguredLanguageModelOptions,
} from './create-configured-language-model.js';
import type { MailboxPollingOptions } from './mailbox-polling.js';

/**
 * The mailbox-polling options for the configured model (SPEC §1 principle 5): `{}` when no `llm:` section
 * (rules and templates only), else the model built by `createConfiguredLanguageModel` and which uses are on
 * (`llm.intent.enabled`, `llm.replyDrafts.enabled`). Spread into `startMailboxPolling` / `createMailboxPoller`.
 *
 * @throws CaioError `config_invalid` from `createConfiguredLanguageModel`.
 */
export function languageModelPollingOptions(
  settings: ResolvedLlmSettings | null,
  options: ConfiguredLanguageModelOptions = {},
): Pick<MailboxPollingOptions, 'languageModel' | 'languageModelUses'> {
  const languageModel = createConfiguredLanguageModel(settings, options);
  if (settings === null || languageModel === null) return {};
  return {
    languageModel,
    languageModelUses: { intent: settings.intentEnabled, replyDrafts: settings.replyDraftsEnabled },
  };
}
