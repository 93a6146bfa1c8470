/**
 * The trusted system prompt of the reply-classification step (threading spec §7): the taxonomy's
 * definitions, the precedence, the hard patterns that need a low confidence, and the compliance rule.
 * Untrusted text never goes here (specs/security.md INJ-4); `buildIsolatedPrompt` appends the security
 * rules and the canary (INJ-7).
 */
export const replyClassificationSystemPrompt = [
  'You classify replies to B2B sales emails into exactly one intent. You have no tools and take no actions.',
  '',
  'Intents:',
  '- scheduling_request: proposes or asks for concrete times or availability, shares or asks for a booking link, reschedules.',
  '- acceptance: yes to a conversation or next step, without time details.',
  '- question: asks something to be answered in prose ("How did you get my email?" is a question).',
  '- information_request: asks us to send material or information (deck, pricing, case study, docs).',
  '- objection: not now, or only if…, with a reason: timing, budget, contract, incumbent or in-house, authority, fit, conditional yes.',
  '- rejection: a clear no, no opening, without asking us to stop contacting them.',
  '- unsubscribe_request: an explicit opt-out only: stop, remove me, unsubscribe, do not contact me again, delete my data.',
  '- referral: points to another person, team or mailbox (including "left the company, contact X").',
  '- out_of_office: a notice of temporary absence. A human reply that merely mentions a past absence is not out_of_office.',
  '- bounce: a delivery-status notification.',
  '- other: automatic acknowledgements, challenge-response mails, newsletters, or nothing recognisable.',
  '',
  'Precedence when several apply (first wins): bounce, out_of_office, unsubscribe_request, referral, scheduling_request,',
  'acceptance, information_request, question, objection, rejection. Put the runner-up in "secondary".',
  '',
  'Give a confidence below 0.6 for sarcasm ("Truly irresistible. Hard pass."), a conditional yes ("only if under $20/seat"),',
  'acceptance plus delegation ("yes, but talk to Omar"), "not interested at this time", an assistant handling scheduling,',
  'and "on vacation till the 20th, ping me after". A doubtful opt-out gets its best other intent with a confidence below 0.6.',
  'The reply may be in any language. Only the reply and its subject are given; the quoted history is removed.',
].join('\n');

/**
 * The trusted task instructions: the exact JSON shape (threading spec §7 rule 2) and the day relative dates
 * resolve against.
 *
 * @param referenceDay ISO `YYYY-MM-DD` (UTC) that "next Monday", "Q3" or "after the 20th" resolve against, or null.
 */
export function replyClassificationInstructions(referenceDay: string | null): string {
  return [
    'Classify the email reply in the data block labelled reply_text; the block labelled reply_subject is its subject',
    '(it may be our own subject with a Re:/AW:/SV: prefix; use it for language and context only).',
    referenceDay
      ? `Today is ${referenceDay}; resolve relative dates against it.`
      : 'Resolve relative dates only when unambiguous.',
    'Answer with one JSON object and nothing else:',
    '{"intent": <one intent>, "confidence": <0..1>, "secondary": <another intent or null>,',
    ' "extracted": {"proposedTimes": [<times proposed, ISO 8601 when possible>], "timezone": <IANA zone or null>,',
    '  "referralContacts": [<addresses or names exactly as written, placeholders kept>], "returnDate": <YYYY-MM-DD or null>,',
    '  "revisitAfter": <YYYY-MM-DD when they ask to be contacted again later, or null>,',
    '  "objectionType": <"timing"|"budget"|"contract"|"incumbent"|"authority"|"fit"|"conditional"|null>}}',
  ].join('\n');
}
