import { createHmac, timingSafeEqual } from 'node:crypto';

/** Domain separation, so a feed token can never be replayed as any other HMAC-derived token. */
const purpose = 'caio-ics-feed:v1:';

/**
 * The secret path token of a host's ICS feed `/ics/{token}` (SPEC §14: "`/ics/{token}` feeds (256-bit
 * token)"): base64url of HMAC-SHA256(secret, "caio-ics-feed:v1:" + hostId) — 43 characters, 256 bits.
 * Deterministic, so the feed URL stays stable; rotate `secret` to revoke every feed at once.
 */
export function icsFeedToken(secret: string, hostId: string): string {
  return createHmac('sha256', secret).update(`${purpose}${hostId}`).digest('base64url');
}

/**
 * The host whose feed token `token` is, comparing in constant time against every configured host;
 * `undefined` for an unknown, tampered or truncated token.
 */
export function findIcsFeedHost(secret: string, hostIds: readonly string[], token: string): string | undefined {
  const presented = Buffer.from(token);
  let found: string | undefined;
  for (const hostId of hostIds) {
    const expected = Buffer.from(icsFeedToken(secret, hostId));
    // Keep looping after a match so the time taken does not reveal which host matched.
    if (presented.length === expected.length && timingSafeEqual(presented, expected)) found ??= hostId;
  }
  return found;
}
