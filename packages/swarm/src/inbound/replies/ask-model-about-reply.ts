import type { z } from 'zod';
import { buildIsolatedPrompt, completeIsolated, screenUntrustedText } from '../../defence/index.js';
import type { LanguageModel } from '../../ports/language-model.js';

/** One question about a prospect's reply: the trusted prompt parts, the reply itself, and the answer's schema. */
export interface ReplyModelQuestion<Schema extends z.ZodType> {
  /** Trusted system prompt (ours). */
  system: string;
  /** Trusted task instructions (ours). */
  instructions: string;
  /** The reply's subject (untrusted). */
  subject: string;
  /** The reply's visible text without the quoted history (untrusted). */
  visibleText: string;
  /** Strict schema of the answer. */
  schema: Schema;
  /** The schema's name, e.g. `reply-classification`. */
  schemaName: string;
}

/** The model and the INJ-7 canary every reply question is asked with. */
export interface ReplyModelCall {
  languageModel: LanguageModel;
  /** The deployment canary (INJ-7, `createCanary`). */
  canary: string;
  /** Raises the INJ-7 alert; gets no output text (it may hold PII). */
  onCanaryLeak?: (details: { schemaName: string; modelSlug: string }) => void;
  signal?: AbortSignal;
}

/** The parsed answer with the PII map to re-hydrate it, or `screened` when the reply never reached the model. */
export type ReplyModelAnswer<Answer> =
  { screened: false; answer: Answer; valuesByPlaceholder: ReadonlyMap<string, string> } | { screened: true };

/**
 * Asks the model one question about a prospect's reply through the defence module, the shared path of the
 * intent layer and the reply drafter: the subject and visible text are screened first and a recognised
 * attack (verdict `sanitize` or `block`, score ≥ 0.7) never reaches the model (INJ-1); they go in as the
 * delimited, PII-tokenised data blocks `reply_subject` and `reply_text` (INJ-4) under the trusted prompt with
 * the canary (INJ-7); the answer is canary-checked and parsed whole against `schema` by `completeIsolated`.
 *
 * @throws whatever `completeIsolated` throws (CaioError `policy_refused` with `details.problem =
 *   'canary_leak'`, `input_invalid` for a schema violation, the model's own errors such as `timeout`).
 */
export async function askModelAboutReply<Schema extends z.ZodType>(
  question: ReplyModelQuestion<Schema>,
  call: ReplyModelCall,
): Promise<ReplyModelAnswer<z.output<Schema>>> {
  const screening = screenUntrustedText(`${question.subject}\n${question.visibleText}`, 'email_reply');
  if (screening.verdict === 'block' || screening.verdict === 'sanitize') return { screened: true };
  const prompt = buildIsolatedPrompt({
    system: question.system,
    instructions: question.instructions,
    untrusted: [
      { label: 'reply_subject', text: question.subject },
      { label: 'reply_text', text: question.visibleText },
    ],
    canary: call.canary,
  });
  const answer = await completeIsolated({
    model: call.languageModel,
    prompt,
    schema: question.schema,
    schemaName: question.schemaName,
    canary: call.canary,
    ...(call.onCanaryLeak ? { onCanaryLeak: call.onCanaryLeak } : {}),
    ...(call.signal ? { signal: call.signal } : {}),
  });
  return { screened: false, answer, valuesByPlaceholder: prompt.valuesByPlaceholder };
}
