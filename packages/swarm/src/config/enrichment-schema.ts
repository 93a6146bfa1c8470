import { z } from 'zod';

/** Enrichment providers this build can wire, in the registry's slugs (SPEC §3.2). */
export const enrichmentProviderSlugs = ['embedded', 'apollo'] as const;

/** Default embedded data: the trimmed YC + S&P 500 files shipped in `examples/data/` (paths relative to the working directory). */
export const defaultEmbeddedCompaniesPath = 'examples/data/companies.csv';
export const defaultEmbeddedSignalsPath = 'examples/data/signals.csv';

const positiveDays = (field: string) =>
  z.number().positive(`${field} must be > 0 days`).max(3_650, `${field} must be ≤ 3650 days`);
const timeoutMs = z
  .number()
  .int()
  .positive('timeoutMs must be > 0 (RES-2: no unbounded calls)')
  .max(120_000, 'timeoutMs must be ≤ 120000');

/**
 * zod schema of the `enrichment:` config section (SPEC §3.2). Strict (unknown keys are rejected
 * with their path); every key has a default, so `{}` gives the embedded-only waterfall.
 * - `providers`: waterfall order, unique slugs; default `['embedded']`.
 * - `embedded.companiesPath` / `signalsPath`: CSV files; default the example data.
 * - `apollo.apiKey`: from the file or, when absent, the `APOLLO_API_KEY` environment variable
 *   (see {@link parseEnrichmentConfig}); required when `apollo` is listed. `baseUrl` default
 *   `https://api.apollo.io`; `timeoutMs` default 10 000 (RES-2).
 * - `cache.companyTtlDays` 7, `cache.personTtlDays` 30 (SPEC §3.2).
 */
export const enrichmentConfigSchema = z
  .strictObject({
    providers: z
      .array(z.enum(enrichmentProviderSlugs))
      .default(['embedded'])
      .refine((slugs) => new Set(slugs).size === slugs.length, 'enrichment.providers must not list a provider twice'),
    embedded: z
      .strictObject({
        companiesPath: z.string().trim().min(1).default(defaultEmbeddedCompaniesPath),
        signalsPath: z.string().trim().min(1).default(defaultEmbeddedSignalsPath),
      })
      .default({ companiesPath: defaultEmbeddedCompaniesPath, signalsPath: defaultEmbeddedSignalsPath }),
    apollo: z
      .strictObject({
        apiKey: z.string().trim().min(1).optional(),
        baseUrl: z.url().default('https://api.apollo.io'),
        timeoutMs: timeoutMs.default(10_000),
      })
      .optional(),
    cache: z
      .strictObject({
        companyTtlDays: positiveDays('enrichment.cache.companyTtlDays').default(7),
        personTtlDays: positiveDays('enrichment.cache.personTtlDays').default(30),
      })
      .default({ companyTtlDays: 7, personTtlDays: 30 }),
  })
  .superRefine((config, context) => {
    if (config.providers.includes('apollo') && !config.apollo?.apiKey) {
      context.addIssue({
        code: 'custom',
        path: ['apollo', 'apiKey'],
        message:
          'Apollo is in enrichment.providers but has no API key: set enrichment.apollo.apiKey or the APOLLO_API_KEY environment variable.',
      });
    }
  });

/** The section as written in the config file. */
export type EnrichmentConfigInput = z.input<typeof enrichmentConfigSchema>;
/** The resolved section: defaults applied, the Apollo key merged from the environment. */
export type EnrichmentConfig = z.output<typeof enrichmentConfigSchema>;

/**
 * Parses the `enrichment:` section once at start-up (STYLE.md §10) into a frozen object, taking
 * `apollo.apiKey` from `env.APOLLO_API_KEY` when the file has none (the file wins).
 *
 * @throws ZodError with paths under `enrichment` semantics (the caller prefixes `enrichment.`)
 *   when the section is invalid or Apollo is listed without a key.
 */
export function parseEnrichmentConfig(
  section: unknown,
  env: Readonly<Record<string, string | undefined>>,
): Readonly<EnrichmentConfig> {
  const input = (section ?? {}) as Record<string, unknown>;
  const envKey = env['APOLLO_API_KEY']?.trim();
  const apollo =
    typeof input['apollo'] === 'object' && input['apollo'] !== null
      ? (input['apollo'] as Record<string, unknown>)
      : undefined;
  const wantsApollo = Array.isArray(input['providers']) && input['providers'].includes('apollo');
  const withKey =
    envKey && (apollo || wantsApollo) && !apollo?.['apiKey']
      ? { ...input, apollo: { ...apollo, apiKey: envKey } }
      : input;
  const parsed = enrichmentConfigSchema.parse(withKey);
  return Object.freeze({
    ...parsed,
    providers: Object.freeze([...parsed.providers]) as EnrichmentConfig['providers'],
    embedded: Object.freeze(parsed.embedded),
    cache: Object.freeze(parsed.cache),
    ...(parsed.apollo ? { apollo: Object.freeze(parsed.apollo) } : {}),
  });
}
