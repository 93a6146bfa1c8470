import { describe, expect, it } from 'vitest';
import type { ResolvedLlmSettings } from '../config/resolve-llm-settings.js';
import { hasErrorCode } from '../domain/errors.js';
import { createConfiguredLanguageModel } from './create-configured-language-model.js';
import { languageModelPollingOptions } from './language-model-polling-options.js';

interface SeenRequest {
  url: string;
  headers: Headers;
  body: Record<string, unknown>;
}

/** A URL-level fake provider: records each request and answers with `respond`. */
function fakeFetch(respond: (url: string) => Response): { fetch: typeof globalThis.fetch; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({
      url,
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>,
    });
    return respond(url);
  };
  return { fetch, seen };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const base: Omit<ResolvedLlmSettings, 'provider' | 'model' | 'baseUrl' | 'apiKey'> = {
  timeoutMs: 5_000,
  intentEnabled: true,
  replyDraftsEnabled: true,
};
const request = { system: 'You classify.', messages: [{ role: 'user' as const, content: 'Hi' }], schemaName: 'x' };

describe('createConfiguredLanguageModel (SPEC §1 principle 5; threading spec §7 rule 2)', () => {
  it('SPEC §1.5: no llm settings → no model; otherwise the polling options carry the model and its uses', () => {
    expect(createConfiguredLanguageModel(null)).toBeNull();
    expect(languageModelPollingOptions(null)).toEqual({});
    const options = languageModelPollingOptions({
      ...base,
      replyDraftsEnabled: false,
      provider: 'openai-compatible',
      model: 'llama3.1',
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
    });
    expect(options.languageModel?.slug).toBe('openai-compatible:llama3.1');
    expect(options.languageModelUses).toEqual({ intent: true, replyDrafts: false });
  });

  it('threading §7 rule 2: openai-compatible calls /chat/completions at temperature 0 with the key and no tools', async () => {
    const provider = fakeFetch(() =>
      json({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1_767_225_600,
        model: 'gpt-4.1-mini',
        choices: [{ index: 0, message: { role: 'assistant', content: '{"ok":true}' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
      }),
    );
    const model = createConfiguredLanguageModel(
      {
        ...base,
        provider: 'openai-compatible',
        model: 'gpt-4.1-mini',
        baseUrl: 'https://llm.example.com/v1',
        apiKey: 'sk-test',
      },
      { fetch: provider.fetch },
    );
    expect(model?.slug).toBe('openai-compatible:gpt-4.1-mini');
    expect(await model?.complete(request)).toBe('{"ok":true}');
    const [seen] = provider.seen;
    expect(seen?.url).toBe('https://llm.example.com/v1/chat/completions');
    expect(seen?.headers.get('authorization')).toBe('Bearer sk-test');
    expect(seen?.body).toMatchObject({ model: 'gpt-4.1-mini', temperature: 0, max_tokens: 1_024 });
    expect(seen?.body['tools']).toBeUndefined();
  });

  it('threading §7 rule 2: anthropic calls /messages at temperature 0 with x-api-key', async () => {
    const provider = fakeFetch(() =>
      json({
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5',
        content: [{ type: 'text', text: '{"ok":true}' }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 5, output_tokens: 3 },
      }),
    );
    const model = createConfiguredLanguageModel(
      {
        ...base,
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        baseUrl: 'https://anthropic.example.com/v1',
        apiKey: 'sk-ant',
      },
      { fetch: provider.fetch },
    );
    expect(await model?.complete(request)).toBe('{"ok":true}');
    const [seen] = provider.seen;
    expect(seen?.url).toBe('https://anthropic.example.com/v1/messages');
    expect(seen?.headers.get('x-api-key')).toBe('sk-ant');
    expect(seen?.body).toMatchObject({
      model: 'claude-sonnet-4-5',
      temperature: 0,
      system: [{ type: 'text', text: 'You classify.' }],
    });
    expect(seen?.body['tools']).toBeUndefined();
  });

  it('RES-1: a refused key maps to permission_denied (not retried)', async () => {
    const provider = fakeFetch(() => json({ error: { message: 'bad key', type: 'invalid_request_error' } }, 401));
    const model = createConfiguredLanguageModel(
      { ...base, provider: 'openai-compatible', model: 'm', baseUrl: 'https://llm.example.com/v1', apiKey: 'sk-bad' },
      { fetch: provider.fetch },
    );
    await expect(model?.complete(request)).rejects.toSatisfy((error) => hasErrorCode(error, 'permission_denied'));
  });

  it('SPEC §1.5: anthropic without a key is a clear config error', () => {
    expect(() =>
      createConfiguredLanguageModel({
        ...base,
        provider: 'anthropic',
        model: 'm',
        baseUrl: undefined,
        apiKey: undefined,
      }),
    ).toThrow(/CAIO_LLM_API_KEY/);
  });
});
