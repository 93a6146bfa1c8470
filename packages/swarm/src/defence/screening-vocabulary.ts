/*
 * Word lists shared by the screening rules. Each is a regex source fragment with bounded, non-capturing
 * alternation, so rules that embed them stay linear (PII-4).
 */
/** Words that may sit between "ignore" and "instructions". */
export const filler =
  '(?: (?:all|any|of|the|your|my|these|those|every|previous|prior|above|earlier|preceding|existing|original|initial|system|safety|current|other|former|old|given|above-mentioned|developer|default|ethical|that|this|about|and|instructions|rules|stupid|boring))';
/** What an override targets. */
export const ruleWords =
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|constraints|guardrails|programming|training|polic(?:y|ies)|commands|restrictions|filters|safeguards|assignments|tasks)';
/** Secrets an attacker asks for; "password reset" and "password manager" are not secrets. */
export const secretNouns =
  '(?:api[ _-]?keys?|passwords?(?! reset| manager| polic)|credentials|secrets?|tokens?|ssh keys?|private keys?|env(?:ironment)? variables|\\.env file|access keys?|session cookies?|cookies|signing secrets?)';
/** "can't share passwords", "never send data": a negated request is not an attack. */
export const notNegated = "(?<!\\b(?:can't|cannot|can not|won't|don't|do not|never|not|no need to|please don't) )";
/** Bulk data an exfiltration request names. */
export const dataNouns =
  '(?:contacts?(?: list)?|leads?(?: list)?|lead list|emails|e-mails|customer (?:list|data|records)|customers|conversations?|chat history|database|crm(?: data| records| export)?|records|inbox|mailbox|files|memory|personal data|pii|user data|all (?:the )?data|everything)';
