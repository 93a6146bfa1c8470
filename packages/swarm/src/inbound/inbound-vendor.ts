/**
 * The vendors with their own webhook route (SPEC §4). None of them documents an HMAC signature,
 * so each authenticates by a ≥ 128-bit shared secret (specs/security.md WH-11).
 */
export const inboundVendors = ['instantly', 'heyreach', 'rb2b', 'clay'] as const;

/** One of {@link inboundVendors}. */
export type InboundVendor = (typeof inboundVendors)[number];

/** The header that carries the shared secret on vendor routes (configured as a custom header at the vendor). */
export const sharedSecretHeaderName = 'x-caio-webhook-secret';

/**
 * Vendors that cannot send custom headers (RB2B documents none; HeyReach webhooks have no header
 * setting), so the secret may instead ride in the `secret` query parameter of the registered URL.
 */
export const vendorsWithQuerySecret: ReadonlySet<InboundVendor> = new Set(['rb2b', 'heyreach']);
