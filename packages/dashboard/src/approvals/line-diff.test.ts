import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff.js';

describe('lineDiff (issue 3: proposed vs approved shown as a diff)', () => {
  it('marks removed and added lines and keeps unchanged ones', () => {
    const proposed = 'Hi Ada,\n\nA short note about operations.\n\nBest';
    const approved = 'Hi Ada,\n\nA shorter note, edited by a human.\n\nBest';
    expect(lineDiff(proposed, approved)).toEqual([
      { kind: 'same', text: 'Hi Ada,' },
      { kind: 'same', text: '' },
      { kind: 'removed', text: 'A short note about operations.' },
      { kind: 'added', text: 'A shorter note, edited by a human.' },
      { kind: 'same', text: '' },
      { kind: 'same', text: 'Best' },
    ]);
  });

  it('identical texts (also CRLF vs LF) have no changes', () => {
    const lines = lineDiff('one\r\ntwo\r\n', 'one\ntwo\n');
    expect(lines.every((line) => line.kind === 'same')).toBe(true);
    expect(lines.map((line) => line.text)).toEqual(['one', 'two']);
  });
});
