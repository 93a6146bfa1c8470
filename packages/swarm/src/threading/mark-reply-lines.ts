import {
  attributionStart,
  attributionVerbAtEnd,
  forwardSeparator,
  headerLinePattern,
  dateAddressAttribution,
  isoDateAttribution,
  nameFirstAttribution,
  originalMessageSeparator,
  russianFromAttribution,
  strongKeyPattern,
  verbBeforeNameAttribution,
} from './reply-splitter-patterns.js';

/** Line classes of talon's design (spec §4.1): empty, quoted, splitter, forward, text. */
export type LineMark = 'e' | 'm' | 's' | 'f' | 't';

/** A splitter found at a line: its kind and how many lines it spans. */
export interface SplitterSpan {
  start: number;
  length: number;
  kind: 'attribution' | 'separator' | 'header-block' | 'forward';
}

/** Attributions wrap over at most this many lines (talon `SPLITTER_MAX_LINES`). */
const splitterMaxLines = 6;
const maxMatchLength = 2000;

function isAttribution(joined: string): boolean {
  if (joined.length > 500) return false;
  if (
    verbBeforeNameAttribution.test(joined) ||
    nameFirstAttribution.test(joined) ||
    isoDateAttribution.test(joined) ||
    dateAddressAttribution.test(joined) ||
    russianFromAttribution.test(joined)
  ) {
    return true;
  }
  if (!attributionVerbAtEnd.test(joined)) return false;
  return attributionStart.test(joined) || /[@\d]/.test(joined) || joined.length < 60;
}

function attributionLength(lines: readonly string[], start: number): number {
  let joined = '';
  for (let offset = 0; offset < splitterMaxLines && start + offset < lines.length; offset += 1) {
    const line = (lines[start + offset] ?? '').trim();
    if (line === '' || line.startsWith('>')) return 0;
    joined = offset === 0 ? line : `${joined} ${line}`;
    if (isAttribution(joined)) return offset + 1;
    // Only a date-first start may wrap; any other line must carry the verb itself.
    if (offset === 0 && !attributionStart.test(line) && !/[<@]/.test(line)) return 0;
  }
  return 0;
}

function headerBlockLength(lines: readonly string[], start: number): number {
  const keys: string[] = [];
  let index = start;
  let continuationUsed = false;
  while (index < lines.length && index - start < 12) {
    const line = lines[index] ?? '';
    const match = headerLinePattern.exec(line);
    if (match) {
      keys.push((match[1] ?? '').replace(/\s+/g, ' '));
      index += 1;
      continue;
    }
    // A From: value may wrap before `<addr>` (crisp `email_outlook_split_line_from.txt`).
    const next = lines[index + 1] ?? '';
    if (keys.length === 1 && !continuationUsed && line.trim() !== '' && headerLinePattern.test(next)) {
      continuationUsed = true;
      index += 1;
      continue;
    }
    break;
  }
  const distinct = new Set(keys.map((key) => key.toLowerCase()));
  if (keys.length < 2 || distinct.size < 2 || !keys.some((key) => strongKeyPattern.test(key))) return 0;
  return index - start;
}

/**
 * Classifies each line of a plain-text body (threading spec §4.1) and lists the splitters found. Lines are
 * matched on a copy with link brackets hidden (`<http://…>` is not a quote marker) and long lines capped,
 * so matching stays linear on pathological input.
 */
export function markReplyLines(lines: readonly string[]): { marks: LineMark[]; splitters: SplitterSpan[] } {
  const matchLines = lines.map((line) => line.slice(0, maxMatchLength).replace(/<(https?:\/\/[^>\s]*)>/gi, '@@$1@@'));
  const marks: LineMark[] = [];
  const splitters: SplitterSpan[] = [];
  let index = 0;
  while (index < matchLines.length) {
    const line = matchLines[index] ?? '';
    const trimmed = line.trim();
    let span: SplitterSpan | null = null;
    if (trimmed === '') marks.push('e');
    else if (/^>/.test(trimmed)) marks.push('m');
    else if (forwardSeparator.test(line)) span = { start: index, length: 1, kind: 'forward' };
    else if (originalMessageSeparator.test(line)) span = { start: index, length: 1, kind: 'separator' };
    else {
      const headerLength = headerBlockLength(matchLines, index);
      const attribution = headerLength > 0 ? 0 : attributionLength(matchLines, index);
      if (headerLength > 0) span = { start: index, length: headerLength, kind: 'header-block' };
      else if (attribution > 0) span = { start: index, length: attribution, kind: 'attribution' };
      else marks.push('t');
    }
    if (span) {
      splitters.push(span);
      for (let offset = 0; offset < span.length; offset += 1) marks.push(span.kind === 'forward' ? 'f' : 's');
      index += span.length;
    } else {
      index += 1;
    }
  }
  return { marks, splitters };
}
