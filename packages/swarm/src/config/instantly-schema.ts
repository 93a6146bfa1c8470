import { z } from 'zod';

/**
 * `instantly:` — the Instantly API v2 email transport (SPEC §3.7). The API key never lives here:
 * it comes from the environment variable {@link instantlyApiKeyEnv} only, so an `apiKey` key in
 * the file is rejected as unknown (docs/integrations/instantly.md).
 */
export const instantlyConfigSchema = z
  .strictObject({
    /**
     * The CAIO campaign leads are added to (created as a draft with `instantlyCaioTemplate`).
     * Unset: the Instantly transport is not available.
     */
    campaignId: z.string().trim().min(1, 'instantly.campaignId must not be empty').optional(),
    /**
     * Sending mailboxes passed explicitly as the campaign's `email_list` (SPEC §3.7); they must be
     * accounts connected to the Instantly workspace.
     */
    sendingAccounts: z.array(z.email('instantly.sendingAccounts entries are email addresses')).default([]),
    /** API base URL including `/api/v2`; change only for a proxy or a test server. */
    baseUrl: z.url({ protocol: /^https?$/ }).default('https://api.instantly.ai/api/v2'),
  })
  .prefault({});

/** The parsed `instantly:` section. */
export type InstantlyConfig = z.infer<typeof instantlyConfigSchema>;

/** Environment variable holding the Instantly API v2 key (Bearer token); read by `config/` only. */
export const instantlyApiKeyEnv = 'INSTANTLY_API_KEY';
