import { checkReplay, type MaybePromise } from './check-replay.js';
import { checkTimestamp } from './check-timestamp.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256 } from './hmac-sha256.js';
import { readHeader } from './read-header.js';
import type { ReplayStore, SyncReplayStore } from './replay-store.js';
import { decodeStandardWebhookSecret } from './standard-webhook-secret.js';
import {
  defaultToleranceSeconds,
  maximumActiveSecrets,
  maximumBodyBytes,
  type WebhookRejection,
  type WebhookRequest,
} from './webhook-verification.js';

/** Options for {@link verifyStandardWebhook}. */
export interface StandardWebhookOptions {
  /** One or two active `whsec_<base64>` secrets (WH-6 rotation). None, more than two, or a non-base64 one → `secret_misconfigured`. */
  secrets: string[];
  /** The current time in Unix **seconds** (UTC); taken as a parameter so tests freeze the clock. */
  now: number;
  /** Allowed clock skew in seconds, inclusive both ways. Default 300 (WH-2). */
  toleranceSeconds?: number;
  /** Replay store; the key is the `webhook-id` (WH-4). When async, the result is a promise. */
  seen?: ReplayStore;
}

/** Accepted: the signature is valid, the timestamp fresh and the id new. `id` is the `webhook-id`, the idempotency key. */
export interface StandardWebhookAcceptance {
  ok: true;
  id: string;
}

/** Result of {@link verifyStandardWebhook}. */
export type StandardWebhookResult = StandardWebhookAcceptance | WebhookRejection;

/** Bounds the work an attacker can cause with a header full of signatures. */
const maximumSignaturesPerHeader = 16;

/**
 * Verifies a Standard Webhooks v1 delivery over the raw body bytes, before any parsing (WH-1, WH-2).
 * Reads `webhook-id`, `webhook-timestamp` and `webhook-signature` (any case); signs
 * `{id}.{timestamp}.{body}` with HMAC-SHA256 under each active secret and accepts when any
 * space-separated `v1,<base64>` signature matches in constant time (WH-3, WH-6). Other signature
 * versions (such as `v1a`) are ignored. Then a known id is a `replay` (WH-4).
 * Never throws for bad input; every refusal is a `{ ok: false, reason }`.
 *
 * Source: Standard Webhooks specification v1 (standardwebhooks.com), specs/security.md WH-1..WH-6.
 * @example
 * const result = await verifyStandardWebhook({ headers, body }, { secrets: ['whsec_…'], now: 1_700_000_000 });
 * if (!result.ok) return result.reason === 'replay' ? ok({ duplicate: true }) : unauthorized();
 */
export function verifyStandardWebhook(
  request: WebhookRequest,
  options: StandardWebhookOptions & { seen?: SyncReplayStore },
): StandardWebhookResult;
export function verifyStandardWebhook(
  request: WebhookRequest,
  options: StandardWebhookOptions,
): MaybePromise<StandardWebhookResult>;
export function verifyStandardWebhook(
  request: WebhookRequest,
  options: StandardWebhookOptions,
): MaybePromise<StandardWebhookResult> {
  if (request.body.byteLength > maximumBodyBytes) return { ok: false, reason: 'payload_too_large' };
  const id = readHeader(request.headers, 'webhook-id');
  const timestampHeader = readHeader(request.headers, 'webhook-timestamp');
  const signatureHeader = readHeader(request.headers, 'webhook-signature');
  if (id === undefined || timestampHeader === undefined || signatureHeader === undefined) {
    return { ok: false, reason: 'missing_headers' };
  }

  const keys = options.secrets.map(decodeStandardWebhookSecret);
  if (keys.length === 0 || keys.length > maximumActiveSecrets || keys.some((key) => key === undefined)) {
    return { ok: false, reason: 'secret_misconfigured' };
  }

  const toleranceSeconds = options.toleranceSeconds ?? defaultToleranceSeconds;
  const timestampCheck = checkTimestamp(timestampHeader, options.now, toleranceSeconds);
  if (!timestampCheck.ok) return timestampCheck;

  const offeredSignatures = signatureHeader
    .split(/\s+/)
    .slice(0, maximumSignaturesPerHeader)
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice('v1,'.length));
  const signedPrefix = `${id}.${timestampHeader}.`;
  const valid = keys.some((key) => {
    const expected = Buffer.from(hmacSha256(key as Uint8Array, signedPrefix, request.body)).toString('base64');
    // Every offered signature is compared, even after a match, so timing does not reveal which one matched.
    return offeredSignatures.map((offered) => constantTimeEqual(expected, offered)).includes(true);
  });
  if (!valid) return { ok: false, reason: 'invalid_signature' };

  return checkReplay(id, toleranceSeconds, options.seen, { ok: true, id });
}
