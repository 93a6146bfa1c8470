import { CaioError } from './errors.js';

/** A keyset position: the sort timestamp and the row id that breaks ties. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/**
 * Encodes a keyset position as an opaque base64url cursor (`<ISO-8601 UTC>|<id>`), the `nextCursor` of
 * every keyset-paginated list (SPEC §14). Kept in `domain` so the SQL repositories and the in-memory
 * stores of the slices issue and read the same cursors.
 */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/**
 * Decodes a cursor from {@link encodeCursor}.
 * @throws CaioError `input_invalid` when the value is not one we issued.
 */
export function decodeCursor(cursor: string): KeysetPosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // The id is everything after the first separator: an ISO instant never contains one, an opaque id might.
  const separator = text.indexOf('|');
  const date = new Date(text.slice(0, separator));
  const id = text.slice(separator + 1);
  if (separator < 0 || id === '' || Number.isNaN(date.getTime())) {
    throw new CaioError('input_invalid', 'cursor is not valid: pass the nextCursor value from a previous page.');
  }
  return { at: date, id };
}
