import { timingSafeEqual } from 'node:crypto';

const encoder = new TextEncoder();

/**
 * Compares two signatures or shared secrets in constant time (specs/security.md WH-3). Strings are
 * compared as their UTF-8 bytes. Different lengths return `false` before any byte is compared — the
 * length of a signature is public, its bytes are not — so a truncated signature never matches, and
 * no `===` or prefix comparison is ever made on secret material.
 */
export function constantTimeEqual(left: string | Uint8Array, right: string | Uint8Array): boolean {
  const leftBytes = typeof left === 'string' ? encoder.encode(left) : left;
  const rightBytes = typeof right === 'string' ? encoder.encode(right) : right;
  if (leftBytes.byteLength !== rightBytes.byteLength) return false;
  return timingSafeEqual(leftBytes, rightBytes);
}
