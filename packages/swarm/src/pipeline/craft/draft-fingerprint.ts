import { createHash } from 'node:crypto';

/**
 * Marks the start of the CAN-SPAM footer in a crafted body: a line holding exactly `-- ` (the usual
 * plain-text signature delimiter). Everything after it is per-send boilerplate (postal address and a
 * per-recipient unsubscribe token).
 */
export const footerDelimiter = '\n-- \n';

/**
 * The part of a body a person wrote or reviews: everything before {@link footerDelimiter}.
 * Returns the whole body when there is no footer.
 */
export function bodyWithoutFooter(body: string): string {
  const index = body.indexOf(footerDelimiter);
  return index === -1 ? body : body.slice(0, index);
}

const nonAscii = /[^\x20-\x7e\s]/;

/**
 * The normalisation behind {@link draftFingerprint}: `subject + "\n" + body-without-footer`, Unicode
 * NFKC, lower-cased, every run of whitespace (spaces, tabs, newlines) collapsed to one space, trimmed.
 * The footer is excluded because its unsubscribe token changes per send; leaving it in would make
 * two copies of the same rejected draft look different (GUARD-002).
 */
export function normaliseDraftText(subject: string, body: string): string {
  const text = `${subject}\n${bodyWithoutFooter(body)}`;
  // NFKC is a no-op on ASCII; skipping it there keeps crafting fast (~100k drafts in a benchmark).
  const composed = nonAscii.test(text) ? text.normalize('NFKC') : text;
  return composed.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Draft fingerprint (SPEC §3.4): SHA-256, lower-case hex, of {@link normaliseDraftText}. */
export function draftFingerprint(subject: string, body: string): string {
  return createHash('sha256').update(normaliseDraftText(subject, body)).digest('hex');
}
