import { buildIsolatedPrompt, completeIsolated, screenUntrustedText } from '../../defence/index.js';
import { isCaioError } from '../../domain/errors.js';
import type { LanguageModel } from '../../ports/language-model.js';
import type { IntentFallbackReason } from './layered-intent-result.js';
import { replyClassificationInstructions, replyClassificationSystemPrompt } from './reply-classification-prompt.js';
import {
  replyClassificationSchema,
  replyClassificationSchemaName,
  type ReplyClassification,
} from './reply-classification-schema.js';

/** What {@link askModelForIntent} sends: the reply's visible text and subject, never the quoted history. */
export interface IntentQuestion {
  visibleText: string;
  subject: string;
  /** ISO `YYYY-MM-DD` relative dates resolve against, or null. */
  referenceDay: string | null;
}

/** The model's parsed answer with the PII map to re-hydrate it, or why there is none. */
export type IntentAnswer =
  | { ok: true; answer: ReplyClassification; valuesByPlaceholder: ReadonlyMap<string, string> }
  | { ok: false; reason: IntentFallbackReason };

/** Options of {@link askModelForIntent}. */
export interface AskModelForIntentOptions {
  languageModel: LanguageModel;
  /** The deployment canary (INJ-7, `createCanary`). */
  canary: string;
  /** Raises the INJ-7 alert; gets no output text (it may hold PII). */
  onCanaryLeak?: (details: { schemaName: string; modelSlug: string }) => void;
  signal?: AbortSignal;
}

function reasonFor(error: unknown): IntentFallbackReason {
  if (!isCaioError(error)) return 'model_error';
  if (error.code === 'timeout') return 'timeout';
  const problem = (error.details as { problem?: unknown }).problem;
  if (error.code === 'policy_refused' && problem === 'canary_leak') return 'canary_leak';
  if (error.code === 'input_invalid' && problem !== undefined) return 'schema_violation';
  return 'model_error';
}

/**
 * Asks the model for a reply's intent through the defence module: the text is screened first and a
 * recognised attack (score ≥ 0.7, verdict `sanitize` or `block`) never reaches the model (INJ-1); the
 * visible reply and subject go in as delimited, PII-tokenised data blocks (INJ-4) under a trusted system
 * prompt with the canary (INJ-7); the answer is canary-checked and parsed whole against
 * `replyClassificationSchema` (INJ-4). The port has no tools (INJ-4 "the reply-classification step has no
 * tools"). Never throws: every failure becomes a fallback reason.
 */
export async function askModelForIntent(
  question: IntentQuestion,
  options: AskModelForIntentOptions,
): Promise<IntentAnswer> {
  const screening = screenUntrustedText(`${question.subject}\n${question.visibleText}`, 'email_reply');
  if (screening.verdict === 'block' || screening.verdict === 'sanitize')
    return { ok: false, reason: 'injection_screened' };
  try {
    const prompt = buildIsolatedPrompt({
      system: replyClassificationSystemPrompt,
      instructions: replyClassificationInstructions(question.referenceDay),
      untrusted: [
        { label: 'reply_subject', text: question.subject },
        { label: 'reply_text', text: question.visibleText },
      ],
      canary: options.canary,
    });
    const answer = await completeIsolated({
      model: options.languageModel,
      prompt,
      schema: replyClassificationSchema,
      schemaName: replyClassificationSchemaName,
      canary: options.canary,
      ...(options.onCanaryLeak ? { onCanaryLeak: options.onCanaryLeak } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { ok: true, answer, valuesByPlaceholder: prompt.valuesByPlaceholder };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
}
