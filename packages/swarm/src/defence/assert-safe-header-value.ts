import { CaioError } from '../domain/errors.js';

/** CR, LF, NUL and the Unicode line separators that some MIME writers turn into line breaks. */
const headerBreakPattern = /[\r\n\0\u2028\u2029\u0085]/;

/** True when `value` can go into an email header without starting a new header line (header injection). */
export function isSafeHeaderValue(value: string): boolean {
  return !headerBreakPattern.test(value);
}

/**
 * Refuses a value that would become an email header (Subject, To, Reply-To, a display name…) if it
 * contains CR or LF — or NUL, U+0085, U+2028/U+2029 — so untrusted or LLM text cannot inject
 * headers or recipients (specs/security.md INJ-8).
 *
 * @throws CaioError `input_invalid` naming the header; the caller should route the draft to review.
 */
export function assertSafeHeaderValue(headerName: string, value: string): void {
  if (isSafeHeaderValue(value)) return;
  throw new CaioError(
    'input_invalid',
    `The ${headerName} header value contains a line break; remove CR/LF from it or send the draft to human review (specs/security.md INJ-8).`,
    { details: { headerName } },
  );
}
