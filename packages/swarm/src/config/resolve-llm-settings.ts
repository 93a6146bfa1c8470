import { ConfigError } from './config-error.js';
import type { LlmConfig } from './llm-schema.js';

/** The `llm:` section joined with its API key from the environment; what `createConfiguredLanguageModel` needs. */
export interface ResolvedLlmSettings {
  provider: 'openai-compatible' | 'anthropic';
  model: string;
  /** Without a trailing slash; `undefined` = the provider's default (Anthropic only). */
  baseUrl: string | undefined;
  /** The API key, or `undefined` for a local server configured with `apiKeyEnv: null`. Never log it. */
  apiKey: string | undefined;
  /** Per-call timeout in milliseconds (RES-2). */
  timeoutMs: number;
  /** Whether the model classifies reply intent after the rules (threading spec §7 rule 2). */
  intentEnabled: boolean;
  /** Whether the model drafts replies (else the deterministic template). */
  replyDraftsEnabled: boolean;
}

/**
 * Resolves the optional `llm:` section (SPEC §1 principle 5): `null` when absent (no LLM; rules and
 * templates only), else the settings with the API key read from the variable `llm.apiKeyEnv` names
 * (default `CAIO_LLM_API_KEY`).
 *
 * @throws ConfigError (`config_invalid`, a CaioError by its `isCaioError` flag) naming the environment
 *   variable when `llm:` is configured and that variable is unset or empty.
 */
export function resolveLlmSettings(
  config: LlmConfig,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedLlmSettings | null {
  if (config === undefined) return null;
  const apiKey = config.apiKeyEnv === null ? undefined : env[config.apiKeyEnv]?.trim() || undefined;
  if (config.apiKeyEnv !== null && apiKey === undefined) {
    throw new ConfigError(
      `llm is configured (provider ${config.provider}, model ${config.model}) but the environment variable ${config.apiKeyEnv} is not set: ` +
        `export ${config.apiKeyEnv}=<your API key>, point llm.apiKeyEnv at the variable that holds it, or remove the llm section to run on rules and templates only.`,
    );
  }
  return {
    provider: config.provider,
    model: config.model,
    baseUrl: config.baseUrl?.replace(/\/+$/, ''),
    apiKey,
    timeoutMs: config.timeoutMs,
    intentEnabled: config.intent.enabled,
    replyDraftsEnabled: config.replyDrafts.enabled,
  };
}
