import { withUnicodeWordBoundaries } from './unicode-word-boundaries.js';

/**
 * Auto-reply subjects that are strong on their own (threading spec §5 "Subjects"; emailengine tests,
 * Mzax `Autoreply.php`). `Auto:` alone is weak and needs a second signal.
 */
export const autoReplySubjectPattern = withUnicodeWordBoundaries(
  /^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|ooo\b|oof\b|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|absent du bureau|respuesta autom[aá]tica|fuera de la oficina|automatisch antwoord|afwezigheidsbericht|autosvar|automatisk svar|risposta automatica|resposta autom[aá]tica|automaattinen vastaus|odpowied[zź] automatyczna|away from (?:the )?office|on vacation|vacation reply|abwesend|congés)/i,
);

/** Weak `Auto:` prefix (RFC 3834 §3.1.5). */
export const weakAutoSubjectPattern = withUnicodeWordBoundaries(/^auto\s*:/i);

/**
 * First-person notices of a temporary absence, present or future tense only (threading spec §5: humans also
 * write "I was out of office", which must not count). EN, DE, FR, ES, NL, SV.
 */
export const absenceNoticePattern = withUnicodeWordBoundaries(
  /\b(?:i am|i'm|i will be|i'll be|i am currently|i'm currently)\s+(?:currently\s+)?(?:out of (?:the )?office|ooo|away|on (?:annual |parental |maternity |paternity |sick )?(?:vacation|holiday|holidays|leave|pto|a business trip|business travel)|travel(?:l)?ing|off|out|attending|at a conference|not in the office|unavailable|without (?:access|email)|with limited access)|\b(?:ich bin|bin ich)\b[^.\n]{0,60}\b(?:nicht im büro|abwesend|im urlaub|außer haus|nicht erreichbar|auf reisen)|\b(?:je suis|je serai)\b[^.\n]{0,40}\b(?:absent|absente|en congés?|en vacances|hors du bureau|en déplacement)|\b(?:estoy|estaré)\b[^.\n]{0,40}\b(?:fuera de la oficina|de vacaciones|ausente|de viaje)|\b(?:ik ben|ben ik)\b[^.\n]{0,40}\b(?:afwezig|op vakantie|niet op kantoor|met verlof)|\bjag är\b[^.\n]{0,40}\b(?:ledig|på semester|inte på kontoret|borta|tjänstledig)|\bthank you for your (?:e-?mail|message)\b[^.\n]{0,120}\b(?:out of|away|vacation|holiday|leave|return|back on)|\bvielen dank für ihre (?:e-?mail|nachricht)\b[^.\n]{0,120}\b(?:abwesend|urlaub|nicht im büro|zurück)|\bmerci (?:pour|de) votre (?:e-?mail|message|courriel)\b[^.\n]{0,120}\b(?:absent|congé|retour)|\bgracias por su (?:correo|mensaje)\b[^.\n]{0,120}\b(?:fuera|vacaciones|regreso)|\b(?:limited|no) access to (?:my )?e-?mail\b|\bback in the office on\b|\bwill (?:be back|return)\b[^.\n]{0,40}\b(?:on|by|after|until|monday|tuesday|wednesday|thursday|friday|\d)/i,
);

/** "No longer with the company", "mailbox not monitored" (threading spec §5 kind `left_company`). */
export const leftCompanyPattern = withUnicodeWordBoundaries(
  /\b(?:no longer (?:with|at|works? (?:for|at)|employed|part of)|has left (?:the company|[A-Z][\w&.-]+)|have left (?:the company|[A-Z][\w&.-]+)|(?:this )?mailbox is no longer (?:monitored|active|in use)|is not monitored|nicht mehr (?:bei|im unternehmen|für)|hat das unternehmen verlassen|ne fait plus partie|n'est plus (?:chez|avec|au sein)|a quitté (?:la société|l'entreprise)|ya no (?:trabaja|forma parte|está) (?:en|con|de)|werkt niet meer (?:bij|voor)|arbetar inte längre)\b/i,
);

/** Ticket and request acknowledgements (kind `auto_ack`). */
export const autoAckPattern = withUnicodeWordBoundaries(
  /\b(?:we (?:have )?received your (?:request|message|e-?mail|enquiry|inquiry)|your (?:request|ticket|case) (?:has been|was) (?:received|created|logged)|ticket (?:#|number|id)|this is an automated (?:response|reply|message) to (?:let you know|confirm)|wir haben ihre (?:anfrage|nachricht) erhalten|nous avons bien reçu votre (?:demande|message))\b/i,
);

/** Spam-shield sender verification (kind `challenge`, Siftrock's taxonomy). */
export const challengePattern = withUnicodeWordBoundaries(
  /\b(?:verify (?:that )?you are (?:a )?(?:human|real)|sender verification|confirm (?:that )?you (?:are|sent)|please (?:click|visit) .{0,40} to (?:deliver|release|verify)|challenge[- ]response|spam (?:filter|protection) .{0,60} verify)\b/i,
);
