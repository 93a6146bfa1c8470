import { z } from 'zod';

/**
 * `gohighlevel:` — HighLevel (LeadConnector) API v2 for the nurture email stream and CRM updates
 * (SPEC §3.7). The token never lives here: it comes from the `GHL_API_TOKEN` environment variable
 * only (a Private Integration token of the sub-account; docs/integrations/gohighlevel.md), so a
 * `token` key is rejected as unknown. Unset `locationId`: GoHighLevel is not used.
 */
export const goHighLevelConfigSchema = z
  .strictObject({
    /** The sub-account ("location") id every call is scoped to, e.g. `ve9EPM428h8vShlRW1KT`. */
    locationId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'gohighlevel.locationId is the sub-account id from Settings > Business Profile')
      .optional(),
    /** Default sender of nurture email when the send policy's mailbox is blank; must be a sender HighLevel allows. */
    emailFrom: z.email('gohighlevel.emailFrom must be an email address such as nurture@news.example.com').optional(),
    /** API host. Default `https://services.leadconnectorhq.com`; point it at a fake in tests. */
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'gohighlevel.baseUrl must be an http(s) URL' })
      .default('https://services.leadconnectorhq.com'),
  })
  .prefault({});

/** The parsed `gohighlevel:` section. */
export type GoHighLevelConfig = z.infer<typeof goHighLevelConfigSchema>;
