/** Keyset cursors live in the domain so slices' in-memory stores issue the same ones (see `domain/keyset-cursor.ts`). */
export { decodeCursor, encodeCursor, type KeysetPosition } from '../domain/keyset-cursor.js';
