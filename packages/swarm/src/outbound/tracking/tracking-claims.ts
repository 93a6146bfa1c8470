import { z } from 'zod';

/**
 * What a tracking token asserts (SPEC §4 "open tracking … pixel `/t/o/{token}` and click redirect
 * `/t/c/{token}`"): the outbox row the hit belongs to, the kind of hit, and — for a click — the exact
 * destination URL. Binding the URL inside the signed token is what keeps `/t/c/` from being an open
 * redirect: the route redirects only to a URL we signed, never to one taken from the request.
 */
export type TrackingClaims = { outboxId: string; kind: 'open' } | { outboxId: string; kind: 'click'; url: string };

/** The kind of tracking hit: the open pixel or a click redirect. */
export type TrackingKind = TrackingClaims['kind'];

/** Longest outbox id accepted (our ids are UUIDs; the limit only bounds token size). */
const maximumOutboxIdLength = 200;
/** Longest destination URL accepted: 2 048 characters, a common practical URL limit. */
export const maximumTrackedUrlLength = 2048;

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** True for an absolute `http:`/`https:` URL with a host and no whitespace or control characters. */
export function isTrackableUrl(value: string): boolean {
  if (value.length > maximumTrackedUrlLength || /\s/.test(value) || hasControlCharacter(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const outboxIdSchema = z.string().min(1).max(maximumOutboxIdLength);

/**
 * The token payload as stored inside the token (short keys keep links short): `o` outbox id, `k`
 * kind (`o` open, `c` click), `u` bound URL (clicks only).
 */
export const trackingPayloadSchema = z.union([
  z.strictObject({ o: outboxIdSchema, k: z.literal('o') }),
  z.strictObject({ o: outboxIdSchema, k: z.literal('c'), u: z.string().refine(isTrackableUrl) }),
]);
