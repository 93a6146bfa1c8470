import { describe, expect, it } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import { llmConfigSchema } from './llm-schema.js';
import { resolveLlmSettings } from './resolve-llm-settings.js';

describe('llm config (SPEC §1 principle 5: optional LLM)', () => {
  it('SPEC §1.5: no llm section means no LLM', () => {
    expect(llmConfigSchema.parse(undefined)).toBeUndefined();
    expect(resolveLlmSettings(undefined, {})).toBeNull();
  });

  it('RES-2: defaults are a 60 s timeout, CAIO_LLM_API_KEY and both uses enabled', () => {
    const config = llmConfigSchema.parse({ provider: 'anthropic', model: 'claude-sonnet-4-5' });
    expect(config).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      apiKeyEnv: 'CAIO_LLM_API_KEY',
      timeoutMs: 60_000,
      intent: { enabled: true },
      replyDrafts: { enabled: true },
    });
    expect(resolveLlmSettings(config, { CAIO_LLM_API_KEY: ' sk-test ' })).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      baseUrl: undefined,
      apiKey: 'sk-test',
      timeoutMs: 60_000,
      intentEnabled: true,
      replyDraftsEnabled: true,
    });
  });

  it('SPEC §1.5: a missing API key variable is a clear config error naming the variable', () => {
    const config = llmConfigSchema.parse({
      provider: 'openai-compatible',
      model: 'gpt-4.1-mini',
      baseUrl: 'https://llm.example.com/v1/',
      apiKeyEnv: 'MY_LLM_KEY',
    });
    let thrown: unknown;
    try {
      resolveLlmSettings(config, { CAIO_LLM_API_KEY: 'ignored', MY_LLM_KEY: '  ' });
    } catch (error) {
      thrown = error;
    }
    expect(isCaioError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: 'config_invalid' });
    expect((thrown as Error).message).toMatch(/environment variable MY_LLM_KEY is not set/);
  });

  it('SPEC §1.5: a local openai-compatible server may run without a key (apiKeyEnv: null)', () => {
    const config = llmConfigSchema.parse({
      provider: 'openai-compatible',
      model: 'llama3.1',
      baseUrl: 'http://127.0.0.1:11434/v1/',
      apiKeyEnv: null,
      intent: { enabled: false },
    });
    expect(resolveLlmSettings(config, {})).toMatchObject({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
      intentEnabled: false,
      replyDraftsEnabled: true,
    });
  });

  it('config: openai-compatible needs a baseUrl, anthropic needs a key, unknown keys fail', () => {
    const noBase = llmConfigSchema.safeParse({ provider: 'openai-compatible', model: 'm' });
    expect(noBase.error?.issues[0]).toMatchObject({ path: ['baseUrl'] });
    const keyless = llmConfigSchema.safeParse({ provider: 'anthropic', model: 'm', apiKeyEnv: null });
    expect(keyless.error?.issues[0]).toMatchObject({ path: ['apiKeyEnv'] });
    expect(llmConfigSchema.safeParse({ provider: 'anthropic', model: 'm', apiKey: 'sk-inline' }).success).toBe(false);
    expect(llmConfigSchema.safeParse({ provider: 'anthropic', model: 'm', apiKeyEnv: 'lower-case' }).success).toBe(
      false,
    );
  });
});
