/** One CSV record's text as found in the file, before field parsing. */
export interface CsvRecordText {
  /** The record without its line terminator; may contain newlines inside quoted fields. */
  text: string;
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  /** How many physical lines the record spans (more than 1 when a quoted field holds a newline). */
  lineCount: number;
}

/** Incremental splitter: push text chunks in, get complete records out. */
export interface CsvRecordSplitter {
  /** Adds the next chunk; returns the records it completed. */
  push(chunk: string): CsvRecordText[];
  /** Flushes the last record (even one whose quote never closed, so the parser can report it). */
  end(): CsvRecordText[];
}

const quote = '"';
const newline = '\n';

/**
 * Splits CSV text into records by the RFC 4180 §2 rule that a line break ends a record only outside a
 * quoted field, i.e. when the record so far holds an even number of `"` characters (escaped quotes are
 * doubled, so they keep the parity). Finding boundaries apart from field parsing is what lets the CSV
 * source resynchronise after a malformed row instead of losing the rest of the file to one stray quote.
 * Strips a leading UTF-8 BOM, accepts LF and CRLF, and skips blank lines (they are not records).
 *
 * @param firstLine physical line number of the first chunk's first line (default 1).
 * @param maxLinesPerRecord a quoted field still open after this many line breaks is taken to be an
 *   unbalanced quote: the record is cut at the last line break so far (and will fail to parse, which
 *   makes the caller report it and re-split its lines), bounding memory on a broken 100k-row file.
 *   Default 1000 lines, far beyond any real lead-list note.
 */
export function createCsvRecordSplitter(firstLine = 1, maxLinesPerRecord = 1000): CsvRecordSplitter {
  let buffer = '';
  let recordStart = 0;
  let scanFrom = 0;
  let insideQuotes = false;
  let recordLine = firstLine;
  let newlinesInRecord = 0;
  let isFirstChunk = true;

  function takeRecord(endIndex: number, records: CsvRecordText[]): void {
    let text = buffer.slice(recordStart, endIndex);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const lineCount = newlinesInRecord + 1;
    if (lineCount > 1 || text.trim() !== '') records.push({ text, line: recordLine, lineCount });
    recordLine += lineCount;
    newlinesInRecord = 0;
  }

  function scan(records: CsvRecordText[]): void {
    let position = scanFrom;
    // Cached so that a quote far ahead is not searched for again after every record (keeps this O(n)).
    let nextQuote = -2;
    for (;;) {
      if (nextQuote !== -1 && nextQuote < position) nextQuote = buffer.indexOf(quote, position);
      if (insideQuotes) {
        const closing = nextQuote === -1 ? buffer.length : nextQuote;
        newlinesInRecord += countNewlines(buffer, position, closing);
        if (newlinesInRecord > maxLinesPerRecord) {
          const cut = buffer.lastIndexOf(newline, closing - 1);
          newlinesInRecord -= 1; // the line break at `cut` ends the record rather than belonging to it
          takeRecord(cut, records);
          recordStart = cut + 1;
          position = recordStart;
          insideQuotes = false;
          continue;
        }
        if (nextQuote === -1) break;
        insideQuotes = false;
        position = nextQuote + 1;
        continue;
      }
      const nextNewline = buffer.indexOf(newline, position);
      if (nextNewline !== -1 && (nextQuote === -1 || nextNewline < nextQuote)) {
        takeRecord(nextNewline, records);
        recordStart = nextNewline + 1;
        position = recordStart;
      } else if (nextQuote !== -1) {
        insideQuotes = true;
        position = nextQuote + 1;
      } else {
        break;
      }
    }
    buffer = buffer.slice(recordStart);
    recordStart = 0;
    scanFrom = buffer.length;
  }

  return {
    push(chunk) {
      if (isFirstChunk) {
        isFirstChunk = false;
        if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
      }
      buffer += chunk;
      const records: CsvRecordText[] = [];
      scan(records);
      return records;
    },
    end() {
      const records: CsvRecordText[] = [];
      if (buffer !== '') takeRecord(buffer.length, records);
      buffer = '';
      recordStart = 0;
      scanFrom = 0;
      insideQuotes = false;
      return records;
    },
  };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf(newline, from); index !== -1 && index < to; index = text.indexOf(newline, index + 1)) {
    count += 1;
  }
  return count;
}
