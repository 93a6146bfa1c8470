import { embeddedOriginalFromHeaders, findAttachedOriginal } from './find-attached-original.js';
import type { EmbeddedOriginal } from './find-attached-original.js';
import type { ParsedEmail } from './parsed-email.js';
import { readHeaderBlock } from './read-header-block.js';

const originalPartType = /^content-type:\s*(?:message\/rfc822|text\/rfc822-headers|message\/global(?:-headers)?)\b/im;

function afterTopHeaders(source: string): string {
  const match = /\r?\n\r?\n/.exec(source);
  return match ? source.slice(match.index + match[0].length) : '';
}

function fromMimePart(body: string): EmbeddedOriginal | null {
  const marker = originalPartType.exec(body);
  if (!marker) return null;
  const rest = body.slice(marker.index);
  const blank = /\r?\n[ \t]*\r?\n/.exec(rest);
  if (!blank) return null;
  const original = embeddedOriginalFromHeaders(readHeaderBlock(rest.slice(blank.index + blank[0].length).trimStart()));
  return original.messageId !== null ? original : null;
}

function fromPastedCopy(body: string): EmbeddedOriginal | null {
  // Plain bounces (qmail, sendmail) paste the original below a marker, sometimes indented or `>`-quoted.
  const lines = body.split(/\r?\n|\r/).map((line) => line.replace(/^(?:>\s?|[ \t]{1,4})/, ''));
  const index = lines.findIndex((line) => /^message-id:\s*<[^>]+>/i.test(line));
  if (index < 0) return null;
  let start = index;
  while (start > 0 && index - start < 40 && /^(?:[!-9;-~]+:|[ \t])/.test(lines[start - 1] ?? '')) start -= 1;
  const original = embeddedOriginalFromHeaders(readHeaderBlock(lines.slice(start).join('\n')));
  return original.messageId !== null ? original : null;
}

/**
 * The message a bounce returns (threading spec §3.1 "Bounces"): the `message/rfc822` or
 * `text/rfc822-headers` part, else a copy pasted inline below the notice. Null when none carries a Message-ID.
 */
export function findReturnedOriginal(parsed: ParsedEmail): EmbeddedOriginal | null {
  const attached = findAttachedOriginal(parsed);
  if (attached?.messageId) return attached;
  const body = afterTopHeaders(parsed.source);
  return fromMimePart(body) ?? fromPastedCopy(body) ?? attached;
}
