/**
 * Reads a prospect's reply in the thread of a BOOKED meeting for a request to move or cancel it (issue 7;
 * specs/scheduling.md §6.8 "recompute on reschedule and delete on cancel"), in English, German, French
 * and Spanish — the languages of the answer vocabulary. Pure regular expressions over the visible text.
 */

/** What the reply asks for the booked meeting: move it, cancel it, or neither (null). */
export type MeetingChangeRequest = 'reschedule' | 'cancel';

const weekday =
  '(?:monday|tuesday|wednesday|thursday|friday|tomorrow|montag|dienstag|mittwoch|donnerstag|freitag|morgen|lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|miercoles|jueves|viernes|manana)';

/** "instead" and its kin: next to a weekday they ask to move the meeting ("Thursday instead"). */
const insteadWord = '(?:instead|stattdessen|lieber|plutot|a la place|mejor|en su lugar)';

/** Explicitly asks for another time. Matched on lower-cased text without accents. */
const reschedulePhrases: readonly RegExp[] = [
  /\bre-?schedul/,
  /\b(?:move|push|shift|bump)\s+(?:it|this|that|(?:the|our)\s+(?:meeting|call|chat|appointment|demo))\b(?!\s+forward)/,
  /\bpostpone/,
  /\bdelay\s+(?:it|the meeting|the call|our (?:meeting|call))\b/,
  /\b(?:another|a different|some other)\s+(?:time|day|date|slot)\b/,
  new RegExp(`\\b${weekday}\\b[^.?!]{0,40}\\b${insteadWord}\\b|\\b${insteadWord}\\b[^.?!]{0,40}\\b${weekday}\\b`),
  /\b(?:verschieb\w*|verschoben|verlegen|anderen termin|anderer termin|spateren termin)\b/,
  /\b(?:reporter|reportons|decaler|deplacer|autre creneau|autre moment|autre jour)\b/,
  /\b(?:reprogramar|posponer|aplazar|mover la (?:reunion|llamada|cita)|cambiar la (?:reunion|llamada|cita|hora|fecha)|otro dia|otra hora|otro horario)\b/,
];

/** Says the booked time no longer works without asking for anything: a reschedule unless they cancel. */
const conflictPhrases: readonly RegExp[] = [
  /\b(?:can(?:'|no)?t|cannot|won'?t be able to|unable to)\s+make\s+it\b/,
  /\bsomething (?:came|has come) up\b/,
  /\b(?:kommt mir etwas dazwischen|ist (?:mir )?etwas dazwischengekommen|schaffe es nicht)\b/,
  /\b(?:un empechement|je ne pourrai pas)\b/,
  /\b(?:me surgio algo|no podre)\b/,
];

/** Asks to call the meeting off. */
const cancelPhrases: readonly RegExp[] = [
  /\bcancel(?:l?ing|l?ed|lation)?\b/,
  /\bcall (?:it|the meeting|the call) off\b/,
  /\b(?:absagen|stornieren|absage)\b/,
  /\b(?:annuler|annulation|annule)\b/,
  /\b(?:cancelar|anular|cancelacion)\b/,
];

/** "no need to cancel", "don't cancel", "nicht absagen", "ne pas annuler", "no cancelar". */
const negatedCancel =
  /\b(?:no need to|don'?t|do not|not|won'?t|will not|never|nicht|kein grund|ne pas|pas besoin d'|no hace falta|no)\s+(?:\w+\s+)?(?:cancel|absagen|stornieren|annuler|cancelar|anular)/;

/** Lower-cases and strips accents, so `décaler` and `decaler` read alike. */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * Decides whether a reply to a booked meeting asks to reschedule it, cancel it, or neither, in this order:
 * an explicit request for another time is a reschedule, even beside a cancel ("I have to cancel Tuesday —
 * can we do Thursday instead?": they still want to meet); then a cancel that is not negated ("no need to
 * cancel" is none); then a conflict alone ("something came up", "I can't make it") is a reschedule, the
 * friendlier reading. Everything else is null (e.g. "looking forward to it", "can we move forward with the
 * pilot").
 */
export function detectMeetingChangeRequest(text: string): MeetingChangeRequest | null {
  const normalised = normalise(text);
  if (reschedulePhrases.some((phrase) => phrase.test(normalised))) return 'reschedule';
  const withoutNegations = normalised.replace(new RegExp(negatedCancel.source, 'g'), ' ');
  if (cancelPhrases.some((phrase) => phrase.test(withoutNegations))) return 'cancel';
  if (conflictPhrases.some((phrase) => phrase.test(normalised))) return 'reschedule';
  return null;
}
