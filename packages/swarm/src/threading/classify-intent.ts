import type { AutoSignals } from './auto-signals.js';
import { detectAutoSignals } from './detect-auto-signals.js';
import { extractProposedTimes } from './extract-proposed-times.js';
import { extractReferralContacts } from './extract-referral-contacts.js';
import { extractReturnDate } from './extract-return-date.js';
import { extractRevisitAfter } from './extract-revisit-after.js';
import { extractTimezone } from './extract-timezone.js';
import { intentPrecedence } from './intent-result.js';
import type { Intent, IntentExtraction, IntentResult, ObjectionType } from './intent-result.js';
import { matchIntentRules } from './match-intent-rules.js';
import type { ParsedEmail } from './parsed-email.js';

/** Optional context for {@link classifyIntent}. */
export interface ClassifyIntentContext {
  parsed?: ParsedEmail;
  /** Detector output; computed from `parsed` when omitted. */
  auto?: AutoSignals;
  /** Day that relative dates ("Monday", "the 20th", "Q3") resolve against; defaults to `parsed.date`. */
  referenceDate?: Date;
  /** Our mailboxes, never reported as referral contacts. */
  ourAddresses?: string[];
}

function result(
  intent: Intent | 'other',
  confidence: number,
  needsReview: boolean,
  extracted: IntentExtraction,
  secondary?: Intent,
): IntentResult {
  return { intent, confidence, needsReview, extracted, ...(secondary ? { secondary } : {}) };
}

function normaliseForMatching(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

function theirSubject(parsed: ParsedEmail | undefined): string {
  // Our own subject comes back as "Re: …" and must not be read as the prospect's words.
  if (
    !parsed ||
    (parsed.subject === parsed.baseSubject && parsed.inReplyTo === null && parsed.references.length === 0)
  ) {
    return parsed?.subject ?? '';
  }
  return '';
}

function extractionFor(
  intent: Intent | 'other',
  text: string,
  context: ClassifyIntentContext,
  objectionType?: ObjectionType,
): IntentExtraction {
  const reference = context.referenceDate ?? context.parsed?.date ?? null;
  const exclude = [...(context.ourAddresses ?? []), ...(context.parsed ? [context.parsed.from.address] : [])];
  const extracted: IntentExtraction = {};
  const times = extractProposedTimes(text);
  if (times.length > 0 && (intent === 'scheduling_request' || intent === 'acceptance')) extracted.proposedTimes = times;
  const timezone = extractTimezone(text);
  if (timezone && extracted.proposedTimes) extracted.timezone = timezone;
  const contacts = extractReferralContacts(text, exclude);
  if (contacts.length > 0 && (intent === 'referral' || intent === 'out_of_office'))
    extracted.referralContacts = contacts;
  if (reference !== null && intent === 'out_of_office') {
    const returnDate = extractReturnDate(text, reference);
    if (returnDate) extracted.returnDate = returnDate;
  }
  if (intent === 'objection') {
    if (objectionType) extracted.objectionType = objectionType;
    const revisit = reference === null ? undefined : extractRevisitAfter(text, reference);
    if (revisit) extracted.revisitAfter = revisit;
  }
  return extracted;
}

/**
 * Classifies a reply into one of the ten intents of SPEC §6 (threading spec §7) with the offline rules layer:
 * bounce and out-of-office come from the detectors (`context.auto`, or computed from `context.parsed`), the
 * visible text is matched with multilingual patterns (EN/DE/FR/ES/NL), and the first match in the spec's
 * precedence wins (bounce → out_of_office → unsubscribe_request → referral → scheduling_request → acceptance →
 * information_request → question → objection → rejection). Opt-outs need explicit wording; doubtful ones,
 * sarcasm, conditional yeses, delegated yeses and "not … at this time" set `needsReview` (spec §7 rules 3–4).
 * A spam complaint (ARF) is an `unsubscribe_request`. Pure and deterministic.
 */
export function classifyIntent(visibleText: string, context: ClassifyIntentContext = {}): IntentResult {
  const auto = context.auto ?? (context.parsed ? detectAutoSignals(context.parsed) : undefined);
  if (auto?.isBounce) return result('bounce', 1, false, {});
  if (auto?.complaint) return result('unsubscribe_request', 1, false, {});
  // Apple Mail's one-tap "Unsubscribe" mails us on the user's behalf (sisimai arf-26): an explicit opt-out.
  if (/^true$/i.test(context.parsed?.headers.get('x-apple-unsubscribe')?.[0]?.trim() ?? '')) {
    return result('unsubscribe_request', 1, false, {});
  }
  const text = normaliseForMatching(`${visibleText}\n${theirSubject(context.parsed)}`.trim());
  if (auto?.isAutoReply && auto.autoReplyKind === 'ooo') {
    const autoText = normaliseForMatching(`${visibleText}\n${context.parsed?.text ?? ''}`);
    return result('out_of_office', 0.97, false, extractionFor('out_of_office', autoText, context));
  }
  // Auto-acks, challenges, receipts and unknown automatic mail are not one of the ten intents (spec §5).
  if (auto?.isAutoReply && auto.autoReplyKind !== 'left_company')
    return result('other', 0.9, auto.autoReplyKind === null, {});
  const rules = matchIntentRules(text);
  if (auto?.isAutoReply && auto.autoReplyKind === 'left_company') rules.matched.add('referral');
  const ordered = intentPrecedence.filter((intent) => rules.matched.has(intent));
  const [intent, secondary] = ordered;
  if (!intent) return result('other', 0.3, true, {});
  const extracted = extractionFor(intent, text, context, rules.objectionType);
  let needsReview = rules.needsReview;
  if (intent === 'referral' && !extracted.referralContacts) needsReview = true;
  const confidence = needsReview ? 0.55 : ordered.length === 1 ? 0.9 : 0.8;
  return result(intent, confidence, needsReview, extracted, secondary);
}
