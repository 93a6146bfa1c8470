// Prefix vocabulary from threading spec §3.2 (crisp-oss/email-forward-parser lib/parser.js, client docs).
const replyPrefixes = [
  'Re',
  'Aw',
  'Antw',
  'Antwort',
  'SV',
  'VS',
  'Odp',
  'RIF',
  'Ref',
  'Réf',
  'RES',
  'YNT',
  'Vá',
  'Atb',
  'ΑΠ',
  'ΣΧΕΤ',
  '回复',
  '答复',
  '回覆',
];
const forwardPrefixes = [
  'Fw',
  'Fwd',
  'WG',
  'TR',
  'RV',
  'ENC',
  'PD',
  'VB',
  'VL',
  'Vs',
  'Videresend',
  'Doorst',
  'İLT',
  'Redir\\.',
  '转发',
  '轉寄',
];
const singleLetterPrefixes = ['R', 'I'];
const autoReplyPrefixes = [
  'Automatic reply',
  'Auto reply',
  'Autoreply',
  'Auto',
  'Out of Office',
  'Abwesenheitsnotiz',
  'Automatische Antwort',
  'Réponse automatique',
  'Respuesta automática',
  'Automatisch antwoord',
  'Autosvar',
  'Automatisk svar',
  'Risposta automatica',
  'Resposta automática',
];

function prefixPattern(words: readonly string[]): RegExp {
  // A counter may follow the prefix (Re[2]:, Re^2:, RE(2):) and French Outlook puts a space before the colon.
  return new RegExp(`^(?:${words.join('|')})(?:\\s*(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\)))?\\s*[:：]\\s*`, 'iu');
}

const standardPrefix = prefixPattern([...replyPrefixes, ...forwardPrefixes]);
const matchingPrefix = prefixPattern([...replyPrefixes, ...forwardPrefixes, ...singleLetterPrefixes]);
const autoPrefix = prefixPattern(autoReplyPrefixes);
const blobTag = /^(?:\[[^\]]*\]|\*{3}\s*EXTERNAL\s*\*{3})\s*/iu;
const trailingFwd = /\s*\(fwd\)\s*$/iu;
const forwardPrefix = prefixPattern(forwardPrefixes);

function stripPrefixes(subject: string, prefix: RegExp, withAuto: boolean): string {
  let current = subject.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 50; round += 1) {
    const before = current;
    current = current.replace(trailingFwd, '');
    const withoutBlob = current.replace(blobTag, '');
    // RFC 5256: a leading blob is removed only when something remains.
    if (withoutBlob !== '') current = withoutBlob;
    current = current.replace(prefix, '');
    if (withAuto) current = current.replace(autoPrefix, '');
    const wrapped = /^\[Fwd:\s*(.*)\]$/iu.exec(current);
    if (wrapped) current = wrapped[1] ?? '';
    current = current.trim();
    if (current === before) break;
  }
  return current;
}

/**
 * RFC 5256 base subject (threading spec §3.2; dovecot `imap-base-subject.c`): NFC, whitespace collapsed,
 * trailing `(fwd)`, leading `[tags]`, reply/forward prefixes with counters and `[Fwd: …]` removed.
 * Single-letter prefixes (`R:`, `I:`) are kept, because this value is also shown to people.
 */
export function baseSubject(subject: string): string {
  return stripPrefixes(subject, standardPrefix, false);
}

/**
 * Key for subject matching only (threading spec §3.2): also strips single-letter and auto-reply prefixes
 * and folds case, so `R: Quick question` and `Automatic reply: quick question` match `Quick question`.
 */
export function subjectMatchKey(subject: string): string {
  return stripPrefixes(subject, matchingPrefix, true).toLocaleLowerCase('und');
}

/** True when the subject starts with a forward prefix (`Fw:`, `Fwd:`, `WG:`, `TR:`, `RV:` …). */
export function isForwardSubject(subject: string): boolean {
  let current = subject.trim();
  for (let round = 0; round < 10; round += 1) {
    current = current.replace(blobTag, '');
    if (forwardPrefix.test(current)) return true;
    const next = current.replace(standardPrefix, '');
    if (next === current) return false;
    current = next;
  }
  return false;
}
