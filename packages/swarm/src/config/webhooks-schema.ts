import { z } from 'zod';

/**
 * `webhooks:` in the config file (SPEC §4). `sources` names the Standard Webhooks senders served at
 * `POST /webhooks/standard/{source}`: lowercase letters, digits and dashes, so each maps to the
 * environment variable `STANDARD_WEBHOOK_SECRET_<SOURCE>` (upper case, dashes as underscores).
 * Secrets never live in the file (docs/config.md).
 */
export const webhooksConfigSchema = z
  .strictObject({
    sources: z
      .array(
        z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'webhooks.sources entries are lowercase slugs like "cal-com"'),
      )
      .default([]),
    /**
     * Vendor routes this deployment uses. `caio serve` reports not ready (`/ready` 503) while one of
     * them has no secret in the environment (specs/security.md WH-5). Default: none.
     */
    vendors: z.array(z.enum(['instantly', 'heyreach', 'rb2b', 'clay'])).default([]),
  })
  .prefault({});

/** Environment variable holding each vendor route's shared secret(s) (docs/inbound.md). */
export const vendorWebhookSecretVariables = {
  instantly: 'INSTANTLY_WEBHOOK_SECRET',
  heyreach: 'HEYREACH_WEBHOOK_SECRET',
  rb2b: 'RB2B_WEBHOOK_SECRET',
  clay: 'CLAY_WEBHOOK_SECRET',
} as const;

/** `STANDARD_WEBHOOK_SECRET_<SOURCE>` for a configured source name. */
export function standardWebhookSecretVariable(source: string): string {
  return `STANDARD_WEBHOOK_SECRET_${source.toUpperCase().replaceAll('-', '_')}`;
}

/** Minimum shared-secret length in bytes: 128 bits (specs/security.md WH-11). */
const minimumSharedSecretBytes = 16;

/**
 * Splits a secret variable into its active secrets: comma-separated, trimmed, blanks dropped, at
 * most two (rotation, WH-6).
 *
 * @returns the secrets, or an error message naming the variable (never the value).
 */
export function splitWebhookSecrets(
  variable: string,
  value: string | undefined,
  options: { sharedSecret: boolean },
): { secrets: string[] } | { error: string } {
  const secrets = (value ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (secrets.length > 2)
    return { error: `${variable} holds ${secrets.length} secrets; at most two are active (WH-6).` };
  if (
    options.sharedSecret &&
    secrets.some((secret) => new TextEncoder().encode(secret).byteLength < minimumSharedSecretBytes)
  ) {
    return {
      error: `${variable} must be at least ${minimumSharedSecretBytes} bytes (128 bits, WH-11); generate one with \`openssl rand -hex 32\`.`,
    };
  }
  return { secrets };
}
