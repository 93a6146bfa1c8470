import { generateText, type LanguageModel as AiSdkModel } from 'ai';
import type { LanguageModel, LanguageModelRequest } from '../../ports/language-model.js';
import { mapAiSdkError } from './map-ai-sdk-error.js';

/** Settings of {@link createAiSdkLanguageModel}. */
export interface AiSdkLanguageModelSettings {
  /** Any AI SDK model object (`openai('gpt-4.1-mini')`, `MockLanguageModelV4` in tests). */
  model: Exclude<AiSdkModel, string>;
  /** Our slug for logs and breakers, e.g. `openai:gpt-4.1-mini`. */
  slug: string;
  /** Per-call timeout in milliseconds; default 60,000 (specs/security.md RES-2: LLM 60 s). */
  timeoutMs?: number;
}

/**
 * The `LanguageModel` port over the Vercel AI SDK (`ai`, ARCHITECTURE.md "LLM (optional)"). Calls
 * `generateText` with no tools (INJ-4), no SDK retries (retries belong to the resilience wrapper,
 * RES-3) and a timeout (RES-2); returns the answer text. Errors are mapped by {@link mapAiSdkError}.
 */
export function createAiSdkLanguageModel(settings: AiSdkLanguageModelSettings): LanguageModel {
  const timeoutMs = settings.timeoutMs ?? 60_000;
  return {
    slug: settings.slug,
    async complete(request: LanguageModelRequest): Promise<string> {
      const timeout = AbortSignal.timeout(timeoutMs);
      const abortSignal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      try {
        const result = await generateText({
          model: settings.model,
          system: request.system,
          messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
          maxRetries: 0,
          abortSignal,
        });
        return result.text;
      } catch (error) {
        throw mapAiSdkError(error, settings.slug);
      }
    },
  };
}
