import type { DraftProposal } from '../../domain/draft.js';
import { normalisePhraseText, openerOf } from './draft-text.js';
import type { GuardConfig, GuardViolation } from './guard-types.js';

/** GUARD-004: the opener (first sentence after the greeting) contains a banned phrase. */
export function checkBannedOpener(draft: DraftProposal, config: GuardConfig): GuardViolation | null {
  const opener = normalisePhraseText(openerOf(draft.body));
  const banned = config.bannedOpeners.find((phrase) => opener.includes(normalisePhraseText(phrase)));
  if (!banned) return null;
  return {
    rule: 'GUARD-004',
    message: `The opener uses the banned phrase "${banned}"; open with a fact about the prospect instead.`,
  };
}
