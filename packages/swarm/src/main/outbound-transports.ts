import { createGoHighLevelClient, createGoHighLevelTransport } from '../adapters/gohighlevel/index.js';
import { createHeyReachClient, createHeyReachTransport } from '../adapters/heyreach/index.js';
import { createInstantlyClient, createInstantlyTransport } from '../adapters/instantly/index.js';
import { dirname } from 'node:path';
import { createSmtpTransport } from '../adapters/smtp/index.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { resolveDkimSigning } from '../config/resolve-dkim-signing.js';
import { createCircuitBreaker, createResilientCall } from '../guardrails/resilience/index.js';
import type { Clock } from '../ports/clock.js';
import type { OutboundTransport } from '../ports/outbound-transport.js';

/** Where the vendors live; tests point these at the fakes in `adapters/*\/__fixtures__/`. */
export interface OutboundEndpoints {
  fetch?: typeof globalThis.fetch;
  instantlyBaseUrl?: string;
  heyReachBaseUrl?: string;
  goHighLevelBaseUrl?: string;
}

/** RES-2: vendor calls time out after 10 s; each vendor has its own breaker (RES-1). */
function resilientCallFor(name: string, clock: Clock) {
  return createResilientCall({ breaker: createCircuitBreaker({ name, clock }), timeoutMs: 10_000 });
}

/**
 * The outbound transports a configuration enables (issue 4), each only when its settings and
 * secret are present: SMTP (`smtp.host`, DKIM-signed with `dkim.*` + `CAIO_DKIM_PRIVATE_KEY`), Instantly (`instantly.campaignId` + `INSTANTLY_API_KEY`),
 * GoHighLevel (`gohighlevel.*` + `GHL_API_TOKEN`), HeyReach (`heyreach.listId`, `campaignId`,
 * `linkedInAccountId` + `HEYREACH_API_KEY`). A mailbox whose platform has no transport fails its
 * sends with `config_invalid` naming the integration doc.
 *
 * @throws ConfigError when the DKIM key cannot be read or is weaker than RSA 2048 (EM-5).
 */
export function outboundTransportsFor(
  config: ResolvedConfig,
  clock: Clock,
  endpoints: OutboundEndpoints = {},
): OutboundTransport[] {
  const fetch = endpoints.fetch ?? globalThis.fetch;
  const transports: OutboundTransport[] = [];
  if (config.smtp.host) {
    const dkim = resolveDkimSigning(config.dkim, {
      privateKeyFromEnv: config.dkimPrivateKey,
      configFolder: config.source === 'defaults' ? process.cwd() : dirname(config.source),
    });
    transports.push(
      createSmtpTransport({
        host: config.smtp.host,
        port: config.smtp.port,
        secure: config.smtp.secure,
        ...(config.smtp.user ? { user: config.smtp.user, password: config.smtpPassword ?? '' } : {}),
        ...(dkim ? { dkim } : {}),
        // Above the client's own 10 s phase timeouts, so those (which know whether DATA started) fire first.
        resilientCall: createResilientCall({
          breaker: createCircuitBreaker({ name: 'smtp', clock }),
          timeoutMs: 30_000,
        }),
      }),
    );
  }
  if (config.instantly.campaignId && config.instantlyApiKey) {
    const client = createInstantlyClient({
      apiKey: config.instantlyApiKey,
      baseUrl: endpoints.instantlyBaseUrl ?? config.instantly.baseUrl,
      fetch,
      clock,
      resilientCall: resilientCallFor('instantly', clock),
    });
    transports.push(createInstantlyTransport({ client, campaignId: config.instantly.campaignId }));
  }
  if (config.goHighLevel) {
    const { baseUrl, token, locationId, emailFrom } = config.goHighLevel;
    const client = createGoHighLevelClient({
      baseUrl: endpoints.goHighLevelBaseUrl ?? baseUrl,
      token,
      locationId,
      fetch,
      clock,
      resilientCall: resilientCallFor('gohighlevel', clock),
    });
    transports.push(createGoHighLevelTransport({ client, ...(emailFrom ? { emailFrom } : {}) }));
  }
  const { listId, campaignId, linkedInAccountId } = config.heyreach;
  if (config.heyReachApiKey && listId && campaignId && linkedInAccountId) {
    const client = createHeyReachClient({
      apiKey: config.heyReachApiKey,
      ...(endpoints.heyReachBaseUrl ? { baseUrl: endpoints.heyReachBaseUrl } : {}),
      fetch,
      clock,
      resilientCall: resilientCallFor('heyreach', clock),
    });
    transports.push(createHeyReachTransport({ client, listId, campaignId, linkedInAccountId }));
  }
  return transports;
}
