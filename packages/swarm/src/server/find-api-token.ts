import { timingSafeEqual } from 'node:crypto';
import { sha256Hex, type ApiToken } from './api-token.js';

/**
 * Finds the configured token matching a presented secret (AUTH-2). The secret is hashed and compared
 * with every configured hash by `timingSafeEqual`, without stopping at the first match, so the time
 * taken reveals neither which token matched nor how much of a guess was right.
 *
 * @returns the matching token, or null.
 */
export function findApiToken(tokens: readonly ApiToken[], presented: string): ApiToken | null {
  const presentedHash = Buffer.from(sha256Hex(presented), 'hex');
  let found: ApiToken | null = null;
  for (const token of tokens) {
    const expected = Buffer.from(token.sha256, 'hex');
    const equal = expected.length === presentedHash.length && timingSafeEqual(expected, presentedHash);
    if (equal && !found) found = token;
  }
  return found;
}
