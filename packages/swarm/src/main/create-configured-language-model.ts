import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { defaultSettingsMiddleware, wrapLanguageModel } from 'ai';
import { createAiSdkLanguageModel } from '../adapters/llm/index.js';
import type { ResolvedLlmSettings } from '../config/resolve-llm-settings.js';
import { CaioError } from '../domain/errors.js';
import type { LanguageModel } from '../ports/language-model.js';

/** Longest answer we ask for, in tokens: classifications and short reply drafts fit well inside it. */
const maximumOutputTokens = 1_024;

/** Options of {@link createConfiguredLanguageModel}; `fetch` is for tests (a URL-level fake). */
export interface ConfiguredLanguageModelOptions {
  fetch?: typeof globalThis.fetch;
}

function providerModel(settings: ResolvedLlmSettings, options: ConfiguredLanguageModelOptions) {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  if (settings.provider === 'anthropic') {
    if (settings.apiKey === undefined) {
      throw new CaioError(
        'config_invalid',
        'llm.provider anthropic needs an API key: set the variable llm.apiKeyEnv names (default CAIO_LLM_API_KEY).',
      );
    }
    return createAnthropic({
      apiKey: settings.apiKey,
      ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
      ...fetchOption,
    })(settings.model);
  }
  if (settings.baseUrl === undefined) {
    throw new CaioError(
      'config_invalid',
      'llm.provider openai-compatible needs llm.baseUrl, e.g. https://api.openai.com/v1.',
    );
  }
  return createOpenAICompatible({
    name: 'caio-llm',
    baseURL: settings.baseUrl,
    ...(settings.apiKey === undefined ? {} : { apiKey: settings.apiKey }),
    ...fetchOption,
  })(settings.model);
}

/**
 * Builds the configured language model (SPEC §1 principle 5: OpenAI-compatible endpoints, Anthropic, local
 * servers) as the `LanguageModel` port: the AI SDK provider model (`@ai-sdk/openai-compatible` or
 * `@ai-sdk/anthropic`), pinned to temperature 0 and at most 1,024 output tokens (threading spec §7 rule 2:
 * "temperature 0"), wrapped by `createAiSdkLanguageModel` (no tools, no SDK retries, `timeoutMs`, errors
 * mapped to CaioError). Returns `null` when `settings` is `null` (no `llm:` section).
 * The slug is `<provider>:<model>`, e.g. `anthropic:claude-sonnet-4-5`.
 *
 * @throws CaioError `config_invalid` for Anthropic without a key or openai-compatible without a base URL
 *   (normally already refused by `resolveLlmSettings` and the config schema).
 */
export function createConfiguredLanguageModel(
  settings: ResolvedLlmSettings | null,
  options: ConfiguredLanguageModelOptions = {},
): LanguageModel | null {
  if (settings === null) return null;
  const model = wrapLanguageModel({
    model: providerModel(settings, options),
    middleware: defaultSettingsMiddleware({ settings: { temperature: 0, maxOutputTokens: maximumOutputTokens } }),
  });
  return createAiSdkLanguageModel({
    model,
    slug: `${settings.provider}:${settings.model}`,
    timeoutMs: settings.timeoutMs,
  });
}
