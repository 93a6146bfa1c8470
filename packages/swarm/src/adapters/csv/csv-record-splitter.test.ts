import { describe, expect, it } from 'vitest';
import { createCsvRecordSplitter } from './csv-record-splitter.js';

function splitInPieces(text: string, pieceLength: number) {
  const splitter = createCsvRecordSplitter();
  const records = [];
  for (let start = 0; start < text.length; start += pieceLength) {
    records.push(...splitter.push(text.slice(start, start + pieceLength)));
  }
  return [...records, ...splitter.end()];
}

describe('createCsvRecordSplitter', () => {
  it('RFC 4180 §2: a line break inside quotes does not end the record', () => {
    const text = 'a,b\n1,"x\ny"\n2,"q""\n"\n';
    const expected = [
      { text: 'a,b', line: 1, lineCount: 1 },
      { text: '1,"x\ny"', line: 2, lineCount: 2 },
      { text: '2,"q""\n"', line: 4, lineCount: 2 },
    ];
    for (const pieceLength of [1, 2, 3, 100]) expect(splitInPieces(text, pieceLength)).toEqual(expected);
  });

  it('skips blank lines but counts them in line numbers; strips CR and a leading BOM', () => {
    expect(splitInPieces('\uFEFFa\r\n\r\nb\r\n', 100)).toEqual([
      { text: 'a', line: 1, lineCount: 1 },
      { text: 'b', line: 3, lineCount: 1 },
    ]);
  });

  it('flushes a last record without a line break, even inside an unclosed quote', () => {
    expect(splitInPieces('a\n"b\nc', 2)).toEqual([
      { text: 'a', line: 1, lineCount: 1 },
      { text: '"b\nc', line: 2, lineCount: 2 },
    ]);
  });

  it('cuts a quote left open for more than maxLinesPerRecord line breaks, so one stray quote cannot buffer a whole file', () => {
    const splitter = createCsvRecordSplitter(1, 3);
    const lines = ['h\n', '"open\n', 'l3\n', 'l4\n', 'l5\n', 'l6\n', 'l7\n'];
    const records = [...lines.flatMap((line) => splitter.push(line)), ...splitter.end()];
    expect(records).toEqual([
      { text: 'h', line: 1, lineCount: 1 },
      { text: '"open\nl3\nl4\nl5', line: 2, lineCount: 4 },
      { text: 'l6', line: 6, lineCount: 1 },
      { text: 'l7', line: 7, lineCount: 1 },
    ]);
  });
});
