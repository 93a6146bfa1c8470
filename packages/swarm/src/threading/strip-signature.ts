// Conservative signature rules of threading spec §4.3: losing content is a hard failure, so every cut is
// bounded (never the first content line, never more than half the text).

const delimiterLine = /^--\s?$/;
const mobileTagline =
  /^(?:sent from my [\p{L}\d]+(?: [\p{L}\d]+){0,4}|sent from (?:mail|outlook) for (?:windows(?: \d+)?|ios|android|mac)|get outlook for (?:ios|android)|sent from (?:yahoo mail|outlook|gmail|my mobile device)(?: (?:for|on) [\p{L}\d ]{1,30})?|sent with sparrow.*|sent from airmail|von meinem [\p{L}\d]+(?: [\p{L}\d]+){0,2} gesendet|gesendet von (?:outlook|mail) für [\p{L}\d ]{1,30}|envoyé de mon [\p{L}\d]+(?: [\p{L}\d]+){0,2}|envoyé depuis (?:mon|outlook)[\p{L}\d ]{0,30}|enviado desde mi [\p{L}\d]+(?: [\p{L}\d]+){0,2}|verstuurd vanaf mijn [\p{L}\d]+(?: [\p{L}\d]+){0,2}|skickat från min [\p{L}\d]+)\s*$/iu;
const signOffLine =
  /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours|yours sincerely|yours truly|all the best|talk soon|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|gruß|grüße|lg|vg|mfg|danke|cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|merci|bonne journée|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|groet|bedankt|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|tack)\s*[,.!]*\s*$/iu;
const disclaimerStart =
  /^(?:confidentiality notice|confidential(?:ity)?:|disclaimer|this (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.]{0,40})? (?:is|are|may) (?:confidential|intended)|the information (?:contained )?in this (?:e-?mail|message)|diese (?:e-?mail|nachricht) (?:enthält|ist) vertraulich|ce (?:message|courriel|e-?mail) (?:et toutes les pièces jointes )?(?:est|sont) (?:confidentiel|strictement)|este (?:mensaje|correo) (?:y sus anexos )?(?:es|contiene) (?:confidencial|información confidencial)|dit (?:e-?mail)?bericht is (?:vertrouwelijk|uitsluitend))/iu;
const maxSignatureLineLength = 60;
const maxSignatureLines = 11;

function contentLength(lines: readonly string[]): number {
  return lines.join('').replace(/\s+/g, '').length;
}

function firstContentIndex(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim() !== '');
}

function canCut(lines: readonly string[], at: number): boolean {
  if (at <= firstContentIndex(lines)) return false;
  return contentLength(lines.slice(at)) <= contentLength(lines.slice(0, at));
}

function findSignatureStart(lines: readonly string[]): number {
  // The RFC 3676 "-- " delimiter is unambiguous, so the half-of-the-text bound does not apply to it.
  const delimiter = lines.findIndex((line) => delimiterLine.test(line));
  if (delimiter > firstContentIndex(lines)) return delimiter;
  const nonEmpty = lines.map((line, index) => ({ line: line.trim(), index })).filter((entry) => entry.line !== '');
  const window = nonEmpty.slice(-maxSignatureLines);
  for (const entry of window.slice(-3)) {
    // A client tagline is boilerplate, not content, so the half-of-the-text bound does not apply.
    if (mobileTagline.test(entry.line) && entry.index > firstContentIndex(lines)) {
      // A sign-off right above the tagline belongs to the signature too.
      const start = findSignOff(lines, entry.index);
      return start >= 0 ? start : entry.index;
    }
  }
  return findSignOff(lines, lines.length);
}

function findSignOff(lines: readonly string[], end: number): number {
  const candidates = lines
    .slice(0, end)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter((entry) => entry.line !== '')
    .slice(-maxSignatureLines);
  for (const candidate of candidates) {
    if (!signOffLine.test(candidate.line)) continue;
    const after = lines.slice(candidate.index + 1, end).filter((line) => line.trim() !== '');
    if (after.length > 6 || after.some((line) => line.trim().length > maxSignatureLineLength)) continue;
    // The sign-off line itself is not content; what follows it must not outweigh the text above.
    if (candidate.index > firstContentIndex(lines) && canCut(lines, candidate.index + 1)) return candidate.index;
  }
  return -1;
}

function trimBlankEnds(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '');
}

/**
 * Splits visible lines into body, signature and boilerplate (threading spec §4.3): cuts at `-- `, a
 * mobile tagline, or a line that is only a sign-off followed by short lines; moves legal disclaimers to
 * `boilerplate`. Mid-line `-- `, bullets, "Sent from my desk, …" and "with regards to" are left alone.
 */
export function stripSignature(lines: readonly string[]): {
  body: string;
  signature: string | null;
  boilerplate: string | null;
} {
  let bodyLines = [...lines];
  let boilerplate: string | null = null;
  const disclaimer = bodyLines.findIndex((line, index) => index > 0 && disclaimerStart.test(line.trim()));
  if (disclaimer > firstContentIndex(bodyLines)) {
    boilerplate = trimBlankEnds(bodyLines.slice(disclaimer));
    bodyLines = bodyLines.slice(0, disclaimer);
  }
  const signatureStart = findSignatureStart(bodyLines);
  if (signatureStart < 0) return { body: trimBlankEnds(bodyLines), signature: null, boilerplate };
  return {
    body: trimBlankEnds(bodyLines.slice(0, signatureStart)),
    signature: trimBlankEnds(bodyLines.slice(signatureStart)),
    boilerplate,
  };
}
