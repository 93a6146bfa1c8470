import { z } from 'zod';

/** The environment variable holding the Clay table webhook's auth token; never read from the config file. */
export const clayWebhookTokenVariable = 'CLAY_WEBHOOK_TOKEN';

/**
 * `clay:` — asynchronous Clay enrichment requests (SPEC §3.2; docs/inbound.md "Clay"). Leads the
 * synchronous waterfall left incomplete are POSTed as rows to the table's webhook source; the table's
 * HTTP API column calls `/webhooks/clay` back. Requests are off while `tableWebhookUrl` is unset. The
 * webhook's auth token comes only from `CLAY_WEBHOOK_TOKEN`, so a `token` key here is rejected.
 */
export const clayConfigSchema = z
  .strictObject({
    /**
     * The table's webhook URL (Clay: + Add → Webhooks → Monitor webhook → copy URL), https only
     * because lead data travels in the request.
     */
    tableWebhookUrl: z
      .url({ protocol: /^https$/, error: 'clay.tableWebhookUrl is the https webhook URL copied from the Clay table' })
      .optional(),
    /**
     * Most rows sent per call of `requestClayEnrichments`. Default 100. Each row counts against the
     * webhook source's 50,000-submission limit (Clay University, "Webhooks in Clay").
     */
    maxPerRun: z.number().int().min(1).max(10_000).default(100),
  })
  .prefault({});

/** The resolved `clay:` section. */
export type ClayConfig = z.output<typeof clayConfigSchema>;

/** The Clay webhook token from the environment (`CLAY_WEBHOOK_TOKEN`, trimmed), or undefined when unset or blank. */
export function readClayToken(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env[clayWebhookTokenVariable]?.trim() || undefined;
}
