import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from `seed` (SHA-256, version nibble 5, RFC 4122 variant), so replaying a
 * reply's routing plan after a crash finds the draft it already created instead of adding a second one.
 */
export function deterministicId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
