/**
 * Appends the Art. 14 notice (from `art14Notice`) after the body's closing footer, separated by a
 * blank line; returns `body` unchanged when `notice` is null. The notice goes last so the CAN-SPAM
 * footer and the draft fingerprint (computed without the footer) stay as approved (SPEC §3.4).
 */
export function withArt14Notice(body: string, notice: string | null): string {
  if (notice === null) return body;
  return `${body.trimEnd()}\n\n${notice}\n`;
}
