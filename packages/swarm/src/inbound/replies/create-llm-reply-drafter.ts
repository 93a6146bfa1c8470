import { filterOutputLinks, findOutboundBlockingPii, screenUntrustedText } from '../../defence/index.js';
import { askModelAboutReply, type ReplyModelCall } from './ask-model-about-reply.js';
import { composeReplyDraft, frameReplyBody, type ReplyDraftInput, type ReplyDraftText } from './compose-reply-draft.js';
import {
  replyDraftInstructions,
  replyDraftSchema,
  replyDraftSchemaName,
  replyDraftSystemPrompt,
} from './reply-draft-prompt.js';

/** Why the template reply was used instead of the model's draft. */
export type ReplyDraftFallbackReason =
  | 'injection_screened'
  | 'model_failed'
  | 'placeholder_in_output'
  | 'link_in_output'
  | 'pii_in_output'
  | 'attack_in_output';

/** Settings of {@link createLlmReplyDrafter}. */
export interface LlmReplyDrafterSettings extends Omit<ReplyModelCall, 'signal'> {
  /** Told why a draft fell back to the template (for the log; no reply text is passed). */
  onFallback?: (reason: ReplyDraftFallbackReason) => void;
}

/** A PII placeholder of `tokenizePii` (`<EMAIL_1>`): the model echoed redacted data. */
const placeholderPattern = /<[A-Z_]{2,20}_\d{1,4}>/;

function outputProblem(body: string): ReplyDraftFallbackReason | null {
  if (placeholderPattern.test(body)) return 'placeholder_in_output';
  if (filterOutputLinks(body, []).needsReview) return 'link_in_output';
  if (findOutboundBlockingPii(body).length > 0) return 'pii_in_output';
  const screening = screenUntrustedText(body, 'email_reply');
  if (screening.verdict === 'block' || screening.verdict === 'sanitize') return 'attack_in_output';
  return null;
}

/**
 * The `draftText` dependency of `executeReplyRoute` backed by a language model (SPEC §1 principle 5; issue 6):
 * the prospect's visible reply and subject are screened (INJ-1) and sent only as isolated, PII-tokenised
 * data (INJ-4) with the canary (INJ-7); the model writes only the middle paragraphs (`{"body"}`, strict
 * schema), and we add the greeting, booking link and sign-off as `composeReplyDraft` does. The body is
 * refused when it carries PII placeholders, any link (INJ-6), outbound-blocking PII or attack text.
 * On ANY failure or refusal the deterministic `composeReplyDraft` is returned, so drafting never fails
 * because of the model. The draft still goes through approval (SPEC §3.6).
 */
export function createLlmReplyDrafter(
  settings: LlmReplyDrafterSettings,
): (input: ReplyDraftInput & { visibleText: string }) => Promise<ReplyDraftText> {
  return async (input) => {
    const template = composeReplyDraft(input);
    const fallback = (reason: ReplyDraftFallbackReason): ReplyDraftText => {
      settings.onFallback?.(reason);
      return template;
    };
    let body: string;
    try {
      const reply = await askModelAboutReply(
        {
          system: replyDraftSystemPrompt,
          instructions: replyDraftInstructions(input.intent, input.objectionType, input.senderName),
          subject: input.subject,
          visibleText: input.visibleText,
          schema: replyDraftSchema,
          schemaName: replyDraftSchemaName,
        },
        settings,
      );
      if (reply.screened) return fallback('injection_screened');
      body = reply.answer.body;
    } catch {
      return fallback('model_failed');
    }
    const problem = outputProblem(body);
    if (problem) return fallback(problem);
    return { subject: template.subject, body: frameReplyBody(input, body) };
  };
}
