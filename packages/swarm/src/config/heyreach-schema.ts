import { z } from 'zod';

/** The environment variable holding the HeyReach workspace API key; never read from the config file. */
export const heyReachApiKeyVariable = 'HEYREACH_API_KEY';

const heyReachId = (key: string) =>
  z.number().int(`heyreach.${key} is a HeyReach numeric id`).positive(`heyreach.${key} is a HeyReach numeric id`);

/**
 * `heyreach:` — LinkedIn sends through HeyReach (SPEC §3.7; docs/integrations/heyreach.md). The API
 * key comes only from `HEYREACH_API_KEY`, so an `apiKey` key here is rejected as unknown. LinkedIn
 * sending is active only when `listId`, `campaignId`, `linkedInAccountId` and the key are all set.
 */
export const heyReachConfigSchema = z
  .strictObject({
    /** Lead list leads are added to FIRST (ideally the campaign's own list), e.g. `555123`. */
    listId: heyReachId('listId').optional(),
    /** Campaign whose sequence sends the messages; its message step must use `{message}`. */
    campaignId: heyReachId('campaignId').optional(),
    /** HeyReach LinkedIn sender account id the leads are paired with. */
    linkedInAccountId: heyReachId('linkedInAccountId').optional(),
    /**
     * When the sender account started sending (ISO 8601 date `2026-03-02` or date-time, UTC). The
     * warm-up counts UTC days from it; unset = treated as a new account (warm-up limit applies).
     */
    accountStartedAt: z
      .union(
        [z.iso.date(), z.iso.datetime({ offset: true })],
        'heyreach.accountStartedAt is an ISO date such as 2026-03-02',
      )
      .optional(),
    /** Highest LinkedIn sends per UTC day per account after the warm-up. Default 20 (SPEC §3.7). */
    dailyCeiling: z.number().int().min(1).max(100).default(20),
    /** LinkedIn sends per UTC day during the warm-up; capped by `dailyCeiling`. Default 5 (SPEC §3.7). */
    warmupPerDay: z.number().int().min(1).max(100).default(5),
    /** Warm-up length in weeks (7 UTC days each); 0 = no warm-up. Default 4 (SPEC §3.7). */
    warmupWeeks: z.number().int().min(0).max(52).default(4),
  })
  .prefault({});

/** The resolved `heyreach:` section. */
export type HeyReachConfig = z.output<typeof heyReachConfigSchema>;

/** The HeyReach API key from the environment (`HEYREACH_API_KEY`, trimmed), or undefined when unset or blank. */
export function readHeyReachApiKey(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env[heyReachApiKeyVariable]?.trim() || undefined;
}
