import type { AutoReplyKind } from './auto-signals.js';
import {
  absenceNoticePattern,
  autoAckPattern,
  autoReplySubjectPattern,
  challengePattern,
  leftCompanyPattern,
  weakAutoSubjectPattern,
} from './auto-reply-patterns.js';
import type { ParsedEmail } from './parsed-email.js';

function header(parsed: ParsedEmail, name: string): string | null {
  return parsed.headers.get(name)?.[0]?.trim() ?? null;
}

function bodyStart(parsed: ParsedEmail): string {
  return (parsed.text ?? '').slice(0, 3000);
}

const absenceSubjectPattern =
  /out of (?:the )?office|\booo\b|\boof\b|abwesen|absen|fuera de la oficina|afwezig|vacation|holiday|urlaub|congés|vacaciones|ledig/i;
const genericAutoSubjectPattern =
  /^(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|réponse automatique|respuesta automática|automatische antwort|automatisch antwoord|autosvar|automatisk svar|risposta automatica)/i;

function kindOf(parsed: ParsedEmail, subject: string): AutoReplyKind | null {
  const text = `${subject}\n${bodyStart(parsed)}`;
  if (leftCompanyPattern.test(text)) return 'left_company';
  if (absenceNoticePattern.test(text) || absenceSubjectPattern.test(subject)) return 'ooo';
  if (challengePattern.test(text)) return 'challenge';
  if (autoAckPattern.test(text)) return 'auto_ack';
  // Outlook's "Automatic reply:" is an out-of-office notice unless the body says otherwise.
  return genericAutoSubjectPattern.test(subject) ? 'ooo' : null;
}

/** Evidence from headers (RFC 3834 and vendor headers, threading spec §5 "Vendor headers"). */
function headerSaysAutomatic(parsed: ParsedEmail): boolean | null {
  const autoSubmitted = header(parsed, 'auto-submitted');
  if (autoSubmitted !== null) {
    // `Auto-Submitted: no` is an explicit human marker; parameters may follow the value (zammad).
    return (autoSubmitted.split(';')[0] ?? '').trim().toLowerCase() !== 'no';
  }
  if (['x-autoreply', 'x-autorespond', 'x-autoresponder'].some((name) => parsed.headers.has(name))) return true;
  if (/^auto[_-]reply$/i.test(header(parsed, 'precedence') ?? '')) return true;
  // Exchange marks many system mails with X-Auto-Response-Suppress; only with the rules loop is it an OOF (zammad).
  if (parsed.headers.has('x-auto-response-suppress') && parsed.headers.has('x-ms-exchange-inbox-rules-loop'))
    return true;
  return null;
}

function hasQuotedHistory(parsed: ParsedEmail): boolean {
  return /^>|^(?:On|Am|Le|El|Op) .{5,200}(?:wrote|schrieb|a écrit|escribió|schreef)|^-{2,}\s*(?:Original|Ursprüngliche)/im.test(
    parsed.text ?? '',
  );
}

/**
 * Detects an automatic reply (threading spec §5). Headers decide first: `Auto-Submitted` other than `no`,
 * `X-Autoreply`/`X-Autorespond(er)`, `Precedence: auto_reply`, Exchange's suppress + rules-loop pair; then a
 * strong auto-reply subject; `Auto:` plus `In-Reply-To`; and a header-less OOO only when an absence notice
 * in the body meets a weak signal (null Return-Path, no quoted history). Call after bounce detection:
 * bounces carry `Auto-Submitted` too (spec §5).
 */
export function detectAutoReply(parsed: ParsedEmail): { isAutoReply: boolean; kind: AutoReplyKind | null } {
  if (parsed.reportType === 'disposition-notification') return { isAutoReply: true, kind: 'receipt' };
  const subject = parsed.subject.replace(/^(?:\[[^\]]*\]\s*)+/, '');
  const subjectStrong = autoReplySubjectPattern.test(subject);
  const fromHeaders = headerSaysAutomatic(parsed);
  if (fromHeaders === false) return { isAutoReply: false, kind: null };
  if (fromHeaders === true || subjectStrong) return { isAutoReply: true, kind: kindOf(parsed, subject) };
  if (weakAutoSubjectPattern.test(subject) && parsed.inReplyTo !== null) {
    return { isAutoReply: true, kind: kindOf(parsed, subject) };
  }
  // Header-less OOO (sisimai rfc3834-05): an absence notice plus a weak signal; a human "Re:" reply that
  // mentions being away is not enough (spec §5 "Humans also write 'I was out of office'").
  const nullReturnPath = (parsed.headers.get('return-path') ?? []).some((value) => /^<\s*>$/.test(value.trim()));
  const humanReplyShape = hasQuotedHistory(parsed) || /^(?:re|aw|sv|antw|réf|rif)\s*:/i.test(subject);
  if (absenceNoticePattern.test(bodyStart(parsed)) && (nullReturnPath || !humanReplyShape)) {
    return { isAutoReply: true, kind: kindOf(parsed, subject) };
  }
  return { isAutoReply: false, kind: null };
}
