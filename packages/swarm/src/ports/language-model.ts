/**
 * One message of a model conversation. `user` content that carries untrusted text must come from
 * `buildIsolatedPrompt` (specs/security.md INJ-4); `assistant` is an earlier model answer.
 */
export interface LanguageModelMessage {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * A completion request. There is deliberately no tools field: steps served through this port
 * (classification, drafting, research summaries) cannot call tools (INJ-4 "the reply-classification
 * step has no tools").
 */
export interface LanguageModelRequest {
  /** Trusted system prompt, including the deployment canary (INJ-7). Never untrusted text. */
  system: string;
  messages: readonly LanguageModelMessage[];
  /** Name of the JSON schema the answer must match (e.g. `reply-classification`), for logs and providers' JSON mode. */
  schemaName: string;
  /** Aborts the call; adapters also apply the LLM timeout of 60 s (specs/security.md RES-2). */
  signal?: AbortSignal;
}

/**
 * A text-completion model (ARCHITECTURE.md "llm" port; SPEC §12). Returns the raw answer text, which
 * callers parse with `parseModelOutput` and check with `leaksCanary` before using it.
 * Implementations throw `CaioError` (`timeout`, `rate_limited` with `retryAfterMs`, `vendor_error`,
 * `circuit_open`), never an empty string for a failed call.
 */
export interface LanguageModel {
  /** Registry slug or provider/model id, e.g. `openai:gpt-4.1-mini`. */
  readonly slug: string;
  complete(request: LanguageModelRequest): Promise<string>;
}
