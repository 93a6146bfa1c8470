import { markReplyLines } from './mark-reply-lines.js';
import type { LineMark, SplitterSpan } from './mark-reply-lines.js';

/** Which lines are the author's (visible), which are history, and where a forwarded original starts. */
export interface ReplyLineSplit {
  visible: string[];
  quoted: string[];
  /** Lines of the forwarded original (after the forward separator), or null when this is not a forward. */
  forwarded: string[] | null;
}

const hasContent = (marks: readonly LineMark[]): boolean => marks.some((mark) => mark === 't');

/** Splits the author's lines from `>` quotes, keeping text interleaved between quote blocks (inline answers). */
function splitInline(lines: readonly string[], marks: readonly LineMark[]): ReplyLineSplit {
  const visible: string[] = [];
  const quoted: string[] = [];
  lines.forEach((line, index) => (marks[index] === 'm' || marks[index] === 's' ? quoted : visible).push(line));
  return { visible, quoted, forwarded: null };
}

/** True when text follows a quote block before `end` (bottom-posted or interleaved answers, spec §4.1). */
function hasAnswersAfterQuotes(marks: readonly LineMark[], from: number, end: number): boolean {
  let seenQuote = false;
  for (let index = from; index < end; index += 1) {
    const mark = marks[index];
    if (mark === 'm') seenQuote = true;
    else if (mark === 't' && seenQuote) return true;
  }
  return false;
}

function cutAt(
  lines: readonly string[],
  marks: readonly LineMark[],
  splitter: SplitterSpan,
  splitters: readonly SplitterSpan[],
): ReplyLineSplit {
  const afterSplitter = splitter.start + splitter.length;
  if (splitter.kind === 'attribution') {
    // Answers below an "On … wrote:" quote are the author's, up to the next hard splitter (an older message).
    const hard = splitters.find((candidate) => candidate.start >= afterSplitter && candidate.kind !== 'attribution');
    const end = hard ? hard.start : lines.length;
    if (hasAnswersAfterQuotes(marks, afterSplitter, end)) {
      const inline = splitInline(lines.slice(0, end), marks.slice(0, end));
      return { visible: inline.visible, quoted: [...inline.quoted, ...lines.slice(end)], forwarded: null };
    }
  }
  const headMarks = marks.slice(0, splitter.start);
  const head = lines.slice(0, splitter.start);
  if (hasContent(headMarks)) {
    const headSplit = splitInline(head, headMarks);
    return {
      visible: headSplit.visible,
      quoted: [...headSplit.quoted, ...lines.slice(splitter.start)],
      forwarded: null,
    };
  }
  // Nothing above the splitter: bottom posting (zapier/email-reply-parser PR #64); keep what follows it.
  const tail = lines.slice(afterSplitter);
  const tailSplit = splitInline(tail, marks.slice(afterSplitter));
  return {
    visible: tailSplit.visible,
    quoted: [...lines.slice(0, afterSplitter), ...tailSplit.quoted],
    forwarded: null,
  };
}

/**
 * Splits body lines into the author's text and quoted history (threading spec §4.1): no splitter and fewer
 * than three `>` lines keeps everything; inline answers between quote blocks are kept; otherwise the body is
 * cut at the first splitter. A forward separator (or a header block when `isForward`) yields the forwarded
 * original instead of quoted history.
 */
export function splitReplyLines(lines: readonly string[], isForward: boolean): ReplyLineSplit {
  const { marks, splitters } = markReplyLines(lines);
  const first = splitters[0];
  const quoteCount = marks.filter((mark) => mark === 'm').length;
  if (!first) {
    return quoteCount < 3 ? { visible: [...lines], quoted: [], forwarded: null } : splitInline(lines, marks);
  }
  const quoteBefore = marks.slice(0, first.start).includes('m');
  const forwardStart =
    first.kind === 'forward' ||
    (isForward && !quoteBefore && (first.kind === 'header-block' || first.kind === 'separator'));
  if (forwardStart) {
    const bodyStart = first.kind === 'header-block' ? first.start : first.start + first.length;
    return { visible: lines.slice(0, first.start), quoted: [], forwarded: lines.slice(bodyStart) };
  }
  return cutAt(lines, marks, first, splitters);
}
