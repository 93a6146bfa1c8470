import { checkReplay, type MaybePromise } from './check-replay.js';
import { checkTimestamp } from './check-timestamp.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256 } from './hmac-sha256.js';
import { readHeader } from './read-header.js';
import type { ReplayStore, SyncReplayStore } from './replay-store.js';
import {
  defaultToleranceSeconds,
  maximumActiveSecrets,
  maximumBodyBytes,
  type WebhookRejection,
  type WebhookRequest,
} from './webhook-verification.js';

/** Options for {@link verifySlackRequest}. */
export interface SlackRequestOptions {
  /** The app's signing secret, or two during a rotation (WH-6). Empty or more than two → `secret_misconfigured`. */
  signingSecret: string | string[];
  /** The current time in Unix **seconds** (UTC). */
  now: number;
  /** Allowed clock skew in seconds, inclusive both ways. Default 300 (WH-2; Slack recommends 5 minutes). */
  toleranceSeconds?: number;
  /** Replay store; the key is the `x-slack-signature` header value (WH-4). When async, the result is a promise. */
  seen?: ReplayStore;
}

/** Result of {@link verifySlackRequest}. */
export type SlackRequestResult = { ok: true } | WebhookRejection;

/** Bounds the work an attacker can cause with a header full of signatures. */
const maximumSignaturesPerHeader = 16;

/**
 * Verifies a Slack request with the v0 signing scheme over the raw body bytes (WH-1, WH-2): the
 * expected signature is `v0=` + lower-case hex HMAC-SHA256(signing secret, `v0:{timestamp}:{body}`),
 * with the timestamp from `X-Slack-Request-Timestamp` and the signature from `X-Slack-Signature`
 * (header names in any case). Several space- or comma-separated signatures may be offered and any
 * one valid under any active secret passes (WH-6); comparisons are constant-time and length-checked
 * (WH-3). Then a signature value already seen is a `replay` (WH-4). Never throws for bad input.
 *
 * Unlike Bolt-js, this also refuses replays and accepts a second secret during rotation.
 * Source: Slack "Verifying requests from Slack" (api.slack.com/authentication/verifying-requests-from-slack).
 */
export function verifySlackRequest(
  request: WebhookRequest,
  options: SlackRequestOptions & { seen?: SyncReplayStore },
): SlackRequestResult;
export function verifySlackRequest(
  request: WebhookRequest,
  options: SlackRequestOptions,
): MaybePromise<SlackRequestResult>;
export function verifySlackRequest(
  request: WebhookRequest,
  options: SlackRequestOptions,
): MaybePromise<SlackRequestResult> {
  if (request.body.byteLength > maximumBodyBytes) return { ok: false, reason: 'payload_too_large' };
  const timestampHeader = readHeader(request.headers, 'x-slack-request-timestamp');
  const signatureHeader = readHeader(request.headers, 'x-slack-signature');
  if (timestampHeader === undefined || signatureHeader === undefined) return { ok: false, reason: 'missing_headers' };

  const secrets = typeof options.signingSecret === 'string' ? [options.signingSecret] : options.signingSecret;
  if (secrets.length === 0 || secrets.length > maximumActiveSecrets || secrets.some((secret) => secret.length === 0)) {
    return { ok: false, reason: 'secret_misconfigured' };
  }

  const toleranceSeconds = options.toleranceSeconds ?? defaultToleranceSeconds;
  const timestampCheck = checkTimestamp(timestampHeader, options.now, toleranceSeconds);
  if (!timestampCheck.ok) return timestampCheck;

  const offeredSignatures = signatureHeader.split(/[\s,]+/).slice(0, maximumSignaturesPerHeader);
  const baseString = `v0:${timestampHeader}:`;
  const valid = secrets.some((secret) => {
    const expected = `v0=${Buffer.from(hmacSha256(secret, baseString, request.body)).toString('hex')}`;
    // Compare every offered signature so timing does not reveal which one matched.
    return offeredSignatures.map((offered) => constantTimeEqual(expected, offered.toLowerCase())).includes(true);
  });
  if (!valid) return { ok: false, reason: 'invalid_signature' };

  return checkReplay(signatureHeader, toleranceSeconds, options.seen, { ok: true } as const);
}
