/** The kinds of opt-out and data-subject request a message can carry (specs/security.md INJ-2, GDPR-1..3, EM-4). */
export type DataSubjectRequestKind = 'opt_out' | 'erasure' | 'access' | 'objection';

const requestPatterns: readonly { kind: DataSubjectRequestKind; pattern: RegExp }[] = [
  {
    kind: 'erasure',
    pattern:
      /\b(?:delete|erase|remove|purge|wipe|destroy) (?:all )?(?:of )?my (?:personal )?(?:data|information|info|details|records|account|profile|contact (?:details|info))\b|\bforget me\b|\bright to (?:be forgotten|erasure)\b/i,
  },
  {
    kind: 'access',
    pattern:
      /\b(?:copy|export|record|summary) of (?:all )?(?:of )?(?:my|the) (?:personal )?(?:data|information|info|details)\b|\bwhat (?:personal )?(?:data|information) (?:do you|you) (?:have|hold|store|keep)\b|\bwhere did you get my\b|\bright (?:of|to) access\b|\bsubject access request\b|\bdsar\b/i,
  },
  { kind: 'objection', pattern: /\bi object to\b|\bright to object\b|\bobject to (?:the )?processing\b/i },
  {
    kind: 'opt_out',
    pattern:
      /^\W*stop\b(?! by\b| in\b| over\b)|\bstop (?:emailing|e-mailing|contacting|sending|messaging|writing|calling|texting|spamming|following up)\b|\bplease stop\b|\b(?:unsubscribe|opt(?:[ -])?out|remove me|take me off|leave me alone|no more (?:emails|messages)|not interested,? (?:please )?(?:stop|remove))\b|\b(?:do not|don't|dont|never) (?:contact|email|e-mail|call|message|write to) (?:me|us) ?(?:again|anymore|any more)?\b/i,
  },
];

/**
 * Recognises an opt-out or data-subject request in an inbound message, so it reaches suppression
 * (EM-4, ≤ 60 s) or the DSAR flow (GDPR-1/2) even when screening flags the same text
 * (specs/security.md INJ-2). Returns every kind found, in the order erasure, access, objection,
 * opt_out; empty when none. Linear time.
 */
export function detectDataSubjectRequest(text: string): DataSubjectRequestKind[] {
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ');
  return requestPatterns.filter(({ pattern }) => pattern.test(normalized)).map(({ kind }) => kind);
}
