import type { TemplateLintFinding } from './template-lint-finding.js';

/**
 * Reply and forward prefixes that make a message look like part of an existing conversation, in
 * the languages mail clients emit them (Wikipedia, "List of email subject abbreviations"): English
 * RE/FW/FWD; German AW/WG; Scandinavian SV/VS/VB/VL; Dutch ANTW/DOORST; French TR/RE; Spanish RV;
 * Italian R/RIF; Portuguese RES/ENC; Polish ODP/PD; Turkish YNT/İLT; Chinese 回复/回覆/答复/转发/轉寄.
 */
const threadMarkers = [
  're',
  'fw',
  'fwd',
  'aw',
  'wg',
  'sv',
  'vs',
  'vb',
  'vl',
  'antw',
  'doorst',
  'tr',
  'rv',
  'r',
  'rif',
  'res',
  'enc',
  'odp',
  'pd',
  'ynt',
  'İlt',
  'ilt',
  '回复',
  '回覆',
  '答复',
  '转发',
  '轉寄',
];

/**
 * A fake-thread prefix at the start: optional `[Tag]`s, a marker, an optional counter (`Re[2]`,
 * `Re(2)`, `RE^2`), then an ASCII or full-width colon. Linear: no nested quantifiers.
 */
const fakeThreadPrefix = new RegExp(
  `^\\s*(?:\\[[^\\]]{0,40}\\]\\s*){0,3}(?:${threadMarkers.join('|')})\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：]`,
  'iu',
);
/** An all-caps subject needs this many letters before it counts as shouting (`ROI?` does not). */
const minimumLettersForAllCaps = 5;

/** True when the subject starts with a reply/forward marker (`Re:`, `FWD:`, `AW:`, `[Ext] Re[2]:` …). */
export function hasFakeThreadPrefix(subject: string): boolean {
  return fakeThreadPrefix.test(subject);
}

/**
 * EM-1 "non-deceptive subject" checks. `Re:`/`Fwd:`-style prefixes are allowed only when the message
 * really continues a thread (`inThread`), which a first touch (`sequenceStep` 1) never does.
 */
export function lintSubject(
  subject: string,
  options: { sequenceStep: number; inThread: boolean },
): TemplateLintFinding[] {
  const findings: TemplateLintFinding[] = [];
  if (/[\r\n]/.test(subject)) {
    findings.push({
      rule: 'subject_header_unsafe',
      message: 'The subject contains a line break; it becomes an email header and must be one line (INJ-8).',
    });
  }
  if (subject.trim() === '') {
    findings.push({ rule: 'subject_empty', message: 'The subject is empty; write an honest one-line subject.' });
    return findings;
  }
  // Step 0 is an in-thread conversation message (a reply, a scheduling message), never a first touch.
  const firstTouch = options.sequenceStep === 1;
  if (hasFakeThreadPrefix(subject) && (firstTouch || !options.inThread)) {
    findings.push({
      rule: 'subject_fake_thread',
      message: `The subject "${subject.trim()}" starts with a reply/forward marker but the message does not continue a thread${firstTouch ? ' (first touch)' : ''}; remove the prefix (EM-1 non-deceptive subject).`,
    });
  }
  const letters = subject.match(/\p{L}/gu) ?? [];
  if (letters.length >= minimumLettersForAllCaps && !/\p{Ll}/u.test(subject) && /\p{Lu}/u.test(subject)) {
    findings.push({
      rule: 'subject_all_caps',
      message: 'The subject is written in capitals only; use normal sentence case (EM-1 non-deceptive subject).',
    });
  }
  return findings;
}
