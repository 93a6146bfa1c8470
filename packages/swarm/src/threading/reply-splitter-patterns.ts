// Splitter vocabulary of threading spec §4.1 (talon quotations.py, willdurand/EmailReplyParser, crisp
// email-forward-parser, quotequail, github/email_reply_parser fixtures). Every pattern is linear: no nested
// quantifiers over the same characters, and callers cap line length.

/** Closing verbs of "On … wrote:" attributions in many languages, at the end of the (joined) window. */
export const attributionVerbAtEnd =
  /(?:^|[\s>"'])(?:wrote|said|sent|a\s+écrit|a\s+ecrit|escribió|escribio|ha\s+scritto|escreveu|schreef|geschreven|skrev|napisał\(a\)|napisała|napisał|kirjoitti|đã\s+viết|написал\(а\)|написала|написал|schrieb)\s*[:：]\s*$|(?:写道|のメッセージ|작성)\s*[:：]?\s*$/iu;

/** Date-first starts: `On`, `Le`, `Am`, `El`, `Il`, `Em`, `Op`, `Den`, `W dniu`, `pe`, `Vào`, Swedish weekdays, dates. */
export const attributionStart =
  /^(?:On|Le|Am|El|Il|Em|Op|Den|W dniu|pe|Vào|mån|tis|ons|tors|fre|lör|sön|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\p{L}{3,}\.?\s+\d{4})\b/iu;

/** German and Scandinavian attributions put the verb before the name: `Am … schrieb Name <a@b>:`. */
export const verbBeforeNameAttribution =
  /^(?:Am|Den|Op|On|Le|El|Il|Em|tors|mån|tis|ons|fre|lör|sön)\s.+\s(?:schrieb|skrev|schreef|wrote|a écrit|escribió|ha scritto|escreveu)\s.+[:：]\s*$/iu;

/** Name-first German Gmail: `Name <a@b> schrieb am So., 23. Juni 2024, 21:08:` (crisp PR #29). */
export const nameFirstAttribution = /\s(?:schrieb|skrev)\s+(?:am|den)\s.+[:：]\s*$/iu;

/** ISO-dated attribution `2014-10-17 11:28 GMT+03:00 Name <a@b>:`. */
export const isoDateAttribution = /^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}.*[<@].*[:：]\s*$/u;

/** Date first, address last, no verb (Mail.ru `… от Name <a@b>:`, Yandex `26.06.2014, 14:41, "Name" <a@b>:`). */
export const dateAddressAttribution =
  /^(?:\p{L}{2,9}\.?,?\s+)?\d{1,4}[./\s-]\s?(?:\d{1,2}|\p{L}{3,9})\.?[./\s-]\s?\d{2,4}\b.{0,200}@.{0,80}[:：]\s*$/u;

/** Mail.ru: `Thu, 26 Jun 2014 14:00:51 +0400 от Name <a@b>:` ("от" = from). */
export const russianFromAttribution = /^.{0,60}\d{1,2}:\d{2}.{0,40}\sот\s.{1,160}[:：]\s*$/u;

/** `-----Original Message-----` and its localized forms; Outlook's underscore line. */
export const originalMessageSeparator =
  /^\s*(?:-{2,}\s*(?:original message|ursprüngliche nachricht|originalnachricht|message d'origine|message original|oprindelig besked|mensaje original|messaggio originale|oorspronkelijk bericht|origineel bericht|originalmeddelande|ursprungligt meddelande|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|mensagem original|原始邮件)\s*-{2,}|_{10,}|-{20,})\s*$/iu;

/** Forward separators (`---------- Forwarded message ---------`, `Begin forwarded message:` …). */
export const forwardSeparator =
  /^\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|message transfere|mensaje reenviado|doorgestuurd bericht|vidarebefordrat meddelande|videresendt meddelelse|messaggio inoltrato|mensagem encaminhada|wiadomość przekazana dalej|转发的邮件|original message follows)\s*-*|(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|debut du message reexpedie|inicio del mensaje reenviado|comienzo del mensaje reenviado|begin doorgestuurd bericht|vidarebefordrat brev|inizio messaggio inoltrato)\s*:?)\s*$/iu;

/** Header keys of quoted header blocks, per language (spec §4.1 "Header blocks"). */
const strongKeys =
  'From|Sent|Date|Von|Gesendet|Datum|De|Envoyé(?:\\s+le)?|Enviado|Enviada|Fecha|Van|Verzonden|Från|Skickat|Fra|Sendt|Od|Wysłano|Da|Inviato|Data|Lähettäjä|Lähetetty|发件人|发送时间|寄件者|日期|Gönderen|Tarih|От|Отправлено|Дата';
const otherKeys =
  'To|Cc|Bcc|Subject|Reply-To|An|Betreff|Kopie|Cc|À|A|Objet|Para|Asunto|CC|Aan|Onderwerp|Till|Ämne|Kopia|Til|Emne|Do|Temat|DW|Oggetto|Assunto|Vastaanottaja|Aihe|收件人|主题|抄送|Kime|Konu|Кому|Тема|Копия';

/** One header-like line (bold keys allowed, a space before the colon for French). Group 1 is the key. */
export const headerLinePattern = new RegExp(
  `^\\s*\\*{0,2}\\s*(${strongKeys}|${otherKeys})\\s*\\*{0,2}\\s*[:：]\\s*\\*{0,2}(?:\\s|$)`,
  'iu',
);

/** Keys that must appear in a block for it to count: a sender or a date (talon `RE_FROM_COLON_OR_DATE_COLON`). */
export const strongKeyPattern = new RegExp(`^(?:${strongKeys})$`, 'iu');
