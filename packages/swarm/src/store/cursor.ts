import { CaioError } from '../domain/errors.js';

/** A keyset position: the sort timestamp and the row id that breaks ties. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** Encodes a keyset position as an opaque base64url cursor. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/**
 * Decodes a cursor from {@link encodeCursor}.
 * @throws CaioError `input_invalid` naming `--cursor` when the value is not one we issued.
 */
export function decodeCursor(cursor: string): KeysetPosition {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) {
    throw new CaioError('input_invalid', 'cursor is not valid: pass the nextCursor value from a previous page.');
  }
  return { at: date, id };
}
