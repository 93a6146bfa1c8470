import { diffLines } from 'diff';

/** One line of a proposed-vs-approved diff. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * A line diff of the agent's proposal against the approved text (issue 3: "three records per message
 * … shown as a diff"), via jsdiff's Myers diff. Line endings are normalised to `\n` first, so a CRLF
 * body does not show every line as changed; the trailing newline of a chunk does not make an extra line.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const normalise = (text: string) => text.replace(/\r\n?/g, '\n');
  const lines: DiffLine[] = [];
  for (const change of diffLines(normalise(before), normalise(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const chunk = change.value.endsWith('\n') ? change.value.slice(0, -1) : change.value;
    for (const text of chunk.split('\n')) lines.push({ kind, text });
  }
  return lines;
}
