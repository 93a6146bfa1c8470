import { isCaioError } from '../../domain/errors.js';
import { askModelAboutReply, type ReplyModelCall } from './ask-model-about-reply.js';
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

function reasonFor(error: unknown): IntentFallbackReason {
  if (!isCaioError(error)) return 'model_error';
  if (error.code === 'timeout') return 'timeout';
  const problem = (error.details as { problem?: unknown }).problem;
  if (error.code === 'policy_refused' && problem === 'canary_leak') return 'canary_leak';
  if (error.code === 'input_invalid' && problem !== undefined) return 'schema_violation';
  return 'model_error';
}

/**
 * Asks the model for a reply's intent through the defence module (`askModelAboutReply`): screened first, so
 * a recognised attack never reaches the model (INJ-1); the visible reply and subject as delimited,
 * PII-tokenised data blocks (INJ-4) under a trusted system prompt with the canary (INJ-7); the answer
 * canary-checked and parsed whole against `replyClassificationSchema` (INJ-4). The port has no tools (INJ-4
 * "the reply-classification step has no tools"). Never throws: every failure becomes a fallback reason.
 */
export async function askModelForIntent(question: IntentQuestion, options: ReplyModelCall): Promise<IntentAnswer> {
  try {
    const reply = await askModelAboutReply(
      {
        system: replyClassificationSystemPrompt,
        instructions: replyClassificationInstructions(question.referenceDay),
        subject: question.subject,
        visibleText: question.visibleText,
        schema: replyClassificationSchema,
        schemaName: replyClassificationSchemaName,
      },
      options,
    );
    if (reply.screened) return { ok: false, reason: 'injection_screened' };
    return { ok: true, answer: reply.answer, valuesByPlaceholder: reply.valuesByPlaceholder };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
}
