import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { resolveWebhookSecrets } from './resolve-webhook-secrets.js';
import { caioConfigSchema } from './caio-config-schema.js';

const strong = '0123456789abcdef0123';

describe('inbound webhook secrets from the environment (SPEC §4, WH-5, WH-6, WH-11)', () => {
  it('WH-6: a variable may hold two comma-separated secrets; unset routes get none (they answer 503)', () => {
    const secrets = resolveWebhookSecrets(['cal-com'], {
      INSTANTLY_WEBHOOK_SECRET: `${strong}, ${strong}-previous`,
      STANDARD_WEBHOOK_SECRET_CAL_COM: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    expect(secrets.vendors.instantly).toEqual([strong, `${strong}-previous`]);
    expect(secrets.vendors.rb2b).toEqual([]);
    expect(secrets.standard).toEqual({ 'cal-com': ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'] });
  });

  it('WH-11: a vendor secret under 128 bits, or three secrets, is refused at start-up without echoing it', () => {
    expect(() => resolveWebhookSecrets([], { CLAY_WEBHOOK_SECRET: 'short-secret' })).toThrow(ConfigError);
    expect(() => resolveWebhookSecrets([], { CLAY_WEBHOOK_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() => resolveWebhookSecrets([], { RB2B_WEBHOOK_SECRET: [strong, strong, strong].join(',') })).toThrow(
      /at most two/,
    );
  });

  it('webhooks.sources accepts lowercase slugs only and defaults to none', () => {
    expect(caioConfigSchema.parse({}).webhooks).toEqual({ sources: [], vendors: [] });
    expect(caioConfigSchema.safeParse({ webhooks: { sources: ['Cal.com'] } }).success).toBe(false);
    expect(caioConfigSchema.safeParse({ webhooks: { vendors: ['rb2b', 'mailchimp'] } }).success).toBe(false);
  });
});
