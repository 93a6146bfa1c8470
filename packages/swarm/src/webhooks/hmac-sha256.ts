import { createHmac } from 'node:crypto';

const encoder = new TextEncoder();

/**
 * HMAC-SHA256 over `prefix` (UTF-8) followed by the raw `body` bytes, so the body is hashed exactly as
 * received and never decoded to text first (WH-1). Returns the 32-byte MAC.
 */
export function hmacSha256(key: string | Uint8Array, prefix: string, body: Uint8Array): Uint8Array {
  const keyBytes = typeof key === 'string' ? encoder.encode(key) : key;
  return createHmac('sha256', keyBytes).update(encoder.encode(prefix)).update(body).digest();
}
