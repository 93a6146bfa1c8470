import { attachedForwardedBlocks } from './attached-forwarded-blocks.js';
import { isForwardSubject } from './base-subject.js';
import { cutHtmlQuotes } from './cut-html-quotes.js';
import { htmlToPlainText } from './html-to-plain-text.js';
import { parseForwardedBlock } from './parse-forwarded-block.js';
import type { ParsedEmail } from './parsed-email.js';
import { splitReplyLines } from './split-reply-lines.js';
import { stripSignature } from './strip-signature.js';
import type { VisibleReply } from './visible-reply.js';

/** At most this many lines are classified (talon `MAX_LINES_COUNT`); the rest follow the last line's side. */
const maxLines = 1000;

function bodyText(parsed: ParsedEmail): string {
  // HTML-derived text is cut in the DOM first, where quote containers are unambiguous (spec §2.1, §4.2).
  if (parsed.html !== null && (parsed.textFromHtml || parsed.text === null)) {
    return htmlToPlainText(cutHtmlQuotes(parsed.html).html);
  }
  return parsed.text ?? '';
}

/** Normalises line breaks and invisible characters (spec §4: NBSP, narrow NBSP and BOM may be collapsed). */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\ufeff\u200b\u200e\u200f\ufffd]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Splits "reply text On … wrote:" written on one line (talon `_wrap_splitter_with_newline`). */
function splitInlineAttribution(line: string): string[] {
  if (line.startsWith('>') || line.length > 600) return [line];
  const match =
    /^(.*?\S)\s+((?:On|Le|Am|El)\s[^\n]{5,250}?\s(?:wrote|a écrit|schrieb|escribió)[^\n]{0,120}:)\s*$/u.exec(line);
  if (!match || !/\d/.test(match[2] ?? '')) return [line];
  return [match[1] ?? '', match[2] ?? ''];
}

function joinLines(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '');
}

/**
 * Extracts the author's new text from a reply (threading spec §4): quote containers are cut from HTML
 * first, then lines are classified (attributions in many languages, `>` quotes, Outlook header blocks,
 * separators), inline answers are kept, forwards keep the note above the separator and move the original to
 * `forwardedBlocks`, and signatures and disclaimers are soft-removed. The result is plain text.
 */
export function extractVisibleReply(parsed: ParsedEmail): VisibleReply {
  const allLines = normalise(bodyText(parsed)).split('\n').flatMap(splitInlineAttribution);
  const lines = allLines.slice(0, maxLines);
  const overflow = allLines.slice(maxLines);
  const split = splitReplyLines(lines, isForwardSubject(parsed.subject));
  const visibleLines =
    split.forwarded === null && split.quoted.length === 0 ? [...split.visible, ...overflow] : split.visible;
  const quotedLines =
    split.forwarded === null && split.quoted.length > 0 ? [...split.quoted, ...overflow] : split.quoted;
  const forwardedLines = split.forwarded === null ? null : [...split.forwarded, ...overflow];
  const { body, signature, boilerplate } = stripSignature(visibleLines);
  return {
    text: body,
    quoted: joinLines(quotedLines),
    signature,
    boilerplate,
    forwardedBlocks: [
      ...(forwardedLines === null ? [] : [parseForwardedBlock(forwardedLines)]),
      ...attachedForwardedBlocks(parsed),
    ],
  };
}
