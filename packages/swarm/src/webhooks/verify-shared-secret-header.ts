import { createHash } from 'node:crypto';
import { CaioError } from '../domain/errors.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { readHeader } from './read-header.js';
import { maximumActiveSecrets, type WebhookRejection, type WebhookRequest } from './webhook-verification.js';

/** 128 bits (specs/security.md WH-11), counted as the UTF-8 bytes of the configured secret. */
const minimumSecretBytes = 16;

const encoder = new TextEncoder();

/** Options for {@link verifySharedSecretHeader}. */
export interface SharedSecretHeaderOptions {
  /** The header that carries the secret, any case (e.g. `x-webhook-secret`). */
  headerName: string;
  /** One or two active secrets (WH-6), each at least 16 bytes (128 bits). */
  secrets: string[];
}

/**
 * Authenticates a vendor that cannot sign (no HMAC) by a shared secret in a header (specs/security.md
 * WH-11). Both sides are hashed with SHA-256 before the constant-time comparison, so neither the
 * bytes nor the length of the secret leak through timing. Routes guarded only by this must not
 * trigger sends, approvals or configuration changes on their own (WH-11); there is no timestamp, so
 * pair it with per-event dedupe (WH-4).
 *
 * @throws CaioError `config_invalid` when a secret is shorter than 128 bits or there are zero or
 *   more than two — a configuration error to fix at start-up, not a request error.
 */
export function verifySharedSecretHeader(
  request: Pick<WebhookRequest, 'headers'>,
  options: SharedSecretHeaderOptions,
): { ok: true } | WebhookRejection {
  if (
    options.secrets.length === 0 ||
    options.secrets.length > maximumActiveSecrets ||
    options.secrets.some((secret) => encoder.encode(secret).byteLength < minimumSecretBytes)
  ) {
    throw new CaioError(
      'config_invalid',
      `Configure one or two shared secrets of at least ${minimumSecretBytes} bytes (128 bits) for header ${options.headerName} (specs/security.md WH-11).`,
    );
  }
  const offered = readHeader(request.headers, options.headerName);
  if (offered === undefined) return { ok: false, reason: 'missing_headers' };
  const offeredDigest = createHash('sha256').update(offered).digest();
  const valid = options.secrets
    .map((secret) => constantTimeEqual(createHash('sha256').update(secret).digest(), offeredDigest))
    .includes(true);
  return valid ? { ok: true } : { ok: false, reason: 'invalid_signature' };
}
