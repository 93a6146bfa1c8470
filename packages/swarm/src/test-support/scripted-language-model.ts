import { MockLanguageModelV4 } from 'ai/test';
import { createAiSdkLanguageModel } from '../adapters/llm/index.js';
import type { LanguageModel } from '../ports/language-model.js';

/** What the mock saw in one call: the AI SDK prompt (system + messages) and the call options. */
export interface SeenCall {
  system: string;
  user: string;
  options: Readonly<Record<string, unknown>>;
}

/** An answer script: text to return, or a function of the user message; `hang` waits for the abort. */
export type Script = string | ((user: string) => string) | 'hang';

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
    .join('');
}

/**
 * Test helper: the `LanguageModel` port over the real AI SDK adapter and `MockLanguageModelV4`
 * (`ai/test`), answering from a script and recording every prompt it received, so tests can check what
 * reached the model (INJ-4) and that no tools were passed.
 */
export function scriptedLanguageModel(script: Script, timeoutMs = 2_000): { model: LanguageModel; calls: SeenCall[] } {
  const calls: SeenCall[] = [];
  const mock = new MockLanguageModelV4({
    doGenerate: async (options) => {
      const system = options.prompt
        .filter((message) => message.role === 'system')
        .map((message) => textOf(message.content))
        .join('\n');
      const user = options.prompt
        .filter((message) => message.role === 'user')
        .map((message) => textOf(message.content))
        .join('\n');
      calls.push({ system, user, options: options as unknown as Record<string, unknown> });
      if (script === 'hang') {
        await new Promise((_resolve, reject) => {
          options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason as Error));
        });
      }
      const text = typeof script === 'function' ? script(user) : script === 'hang' ? '' : script;
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 5, text: 5, reasoning: 0 },
        },
        warnings: [],
      };
    },
  });
  return { model: createAiSdkLanguageModel({ model: mock, slug: 'mock:scripted', timeoutMs }), calls };
}
