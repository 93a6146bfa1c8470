import type { DraftProposal } from '../../domain/draft.js';
import { messageContent, normalisePhraseText, splitSentences } from './draft-text.js';
import type { GuardConfig, GuardViolation } from './guard-types.js';

/**
 * GUARD-005: share of sentences containing a generic phrase is more than `genericPhraseShare`.
 * Sentences are counted in the written message (`messageContent`: no greeting, sign-off, signature,
 * link lines or footer) and only when they have at least three words, so fragments do not dilute it.
 */
export function checkGenericPhrases(draft: DraftProposal, config: GuardConfig): GuardViolation | null {
  const phrases = config.genericPhrases.map(normalisePhraseText);
  const sentences = splitSentences(messageContent(draft.body))
    .map(normalisePhraseText)
    .filter((sentence) => sentence.trim().split(' ').length >= 3);
  if (sentences.length === 0) return null;
  const generic = sentences.filter((sentence) => phrases.some((phrase) => sentence.includes(phrase))).length;
  const share = generic / sentences.length;
  if (share <= config.genericPhraseShare) return null;
  return {
    rule: 'GUARD-005',
    message: `${generic} of ${sentences.length} sentences (${Math.round(share * 100)}%) use generic phrases (limit ${Math.round(config.genericPhraseShare * 100)}%); replace them with specifics.`,
  };
}
