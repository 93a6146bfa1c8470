import { mentionsDayOrTime } from './extract-proposed-times.js';
import {
  acceptancePattern,
  availabilityPattern,
  bookingPattern,
  conditionalPattern,
  doubtfulOptOutPattern,
  informationRequestPattern,
  nameHandlesPattern,
  objectionPatterns,
  pastAbsencePattern,
  questionPattern,
  referralNamePattern,
  referralPattern,
  rejectionPattern,
  reschedulePattern,
  sarcasmPattern,
  typedAbsencePattern,
  unsubscribePattern,
  weakAcceptancePattern,
} from './intent-patterns.js';
import type { Intent, ObjectionType } from './intent-result.js';

/** Every intent whose rules match, plus review flags (threading spec §7 rule 4 "hard patterns"). */
export interface IntentRuleMatch {
  matched: Set<Intent>;
  objectionType?: ObjectionType;
  needsReview: boolean;
}

const deferralTypes: ReadonlySet<ObjectionType> = new Set(['timing']);

/**
 * Runs the deterministic patterns over normalised visible text and applies the spec's corrections: a
 * conditional yes is an objection, a yes deferred to later ("happy to chat in Q3") is a timing objection,
 * a past absence is not an out-of-office, a doubtful opt-out is never an opt-out.
 */
export function matchIntentRules(text: string): IntentRuleMatch {
  const matched = new Set<Intent>();
  let needsReview = false;
  if (
    typedAbsencePattern.test(text) &&
    !(pastAbsencePattern.test(text) && !/\b(?:will be|until|till|bis|jusqu|hasta|tot)\b/iu.test(text))
  ) {
    matched.add('out_of_office');
    // "On vacation till the 20th, ping me after" is typed by a human: a person should confirm the pause.
    needsReview = true;
  }
  if (unsubscribePattern.test(text)) matched.add('unsubscribe_request');
  else if (doubtfulOptOutPattern.test(text)) needsReview = true;
  if (referralPattern.test(text) || referralNamePattern.test(text) || nameHandlesPattern.test(text))
    matched.add('referral');
  const dayOrTime = mentionsDayOrTime(text);
  if (bookingPattern.test(text) || reschedulePattern.test(text) || (dayOrTime && availabilityPattern.test(text))) {
    matched.add('scheduling_request');
  }
  const informationRequest = informationRequestPattern.test(text);
  const rejection = rejectionPattern.test(text);
  if (acceptancePattern.test(text) || (weakAcceptancePattern.test(text) && !informationRequest && !rejection)) {
    matched.add('acceptance');
  }
  if (informationRequest) matched.add('information_request');
  if (questionPattern.test(text)) matched.add('question');
  const objection = objectionPatterns.find((candidate) => candidate.pattern.test(text));
  let objectionType: ObjectionType | undefined = objection?.type;
  if (conditionalPattern.test(text)) {
    objectionType = 'conditional';
    matched.delete('acceptance');
    needsReview = true;
  }
  if (objectionType) matched.add('objection');
  if (rejection) matched.add('rejection');
  if (sarcasmPattern.test(text) && rejection) needsReview = true;
  // A yes pushed to later is "not now" (spec §7 objection: timing) unless a concrete time is proposed.
  if (
    matched.has('acceptance') &&
    objectionType &&
    deferralTypes.has(objectionType) &&
    !matched.has('scheduling_request')
  ) {
    matched.delete('acceptance');
  }
  if (matched.has('rejection') && objectionType === 'timing') needsReview = true;
  if (matched.has('referral') && (matched.has('acceptance') || matched.has('scheduling_request'))) needsReview = true;
  return { matched, ...(objectionType ? { objectionType } : {}), needsReview };
}
