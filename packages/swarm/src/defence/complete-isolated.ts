import type { z } from 'zod';
import { CaioError } from '../domain/errors.js';
import type { LanguageModel } from '../ports/language-model.js';
import type { IsolatedPrompt } from './build-isolated-prompt.js';
import { leaksCanary } from './canary.js';
import { parseModelOutput } from './parse-model-output.js';

/** Input of {@link completeIsolated}. */
export interface CompleteIsolatedOptions<Schema extends z.ZodType> {
  model: LanguageModel;
  /** From `buildIsolatedPrompt` (INJ-4). */
  prompt: IsolatedPrompt;
  /** Strict zod schema of the answer (prefer `z.strictObject`). */
  schema: Schema;
  /** The schema's name, e.g. `reply-classification`. */
  schemaName: string;
  /** The deployment canary the prompt was built with (INJ-7). */
  canary: string;
  /** Called before throwing on a canary leak, to raise the INJ-7 alert (no output text is passed: it may hold PII). */
  onCanaryLeak?: (details: { schemaName: string; modelSlug: string }) => void;
  signal?: AbortSignal;
}

/**
 * One model call with the structural defences of specs/security.md applied in order: the isolated
 * prompt goes out (INJ-4), the answer is blocked if it leaks the canary in any encoding (INJ-7), then
 * parsed whole against the schema or refused (INJ-4). Never returns a partial value.
 *
 * @throws CaioError `policy_refused` with `details.problem = 'canary_leak'`; `input_invalid` from
 *   `parseModelOutput`; whatever the model throws (timeouts, rate limits) passes through.
 */
export async function completeIsolated<Schema extends z.ZodType>(
  options: CompleteIsolatedOptions<Schema>,
): Promise<z.output<Schema>> {
  const text = await options.model.complete({
    system: options.prompt.system,
    messages: options.prompt.messages,
    schemaName: options.schemaName,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (leaksCanary(text, options.canary)) {
    options.onCanaryLeak?.({ schemaName: options.schemaName, modelSlug: options.model.slug });
    throw new CaioError(
      'policy_refused',
      `The ${options.schemaName} answer contained the prompt canary and was blocked (specs/security.md INJ-7); check the input for a prompt-leak attack.`,
      { retryable: false, details: { problem: 'canary_leak' } },
    );
  }
  return parseModelOutput(options.schema, text);
}
