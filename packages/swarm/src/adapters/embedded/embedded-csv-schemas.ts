import { z } from 'zod';

const cell = z.string().default('');

/**
 * One row of `examples/data/companies.csv` (trimmed YC directory + S&P 500, see
 * `examples/DATA-SOURCES.md`). `source_company_id` is `yc:<id>` or `sp500:<symbol>`; lists
 * (`tags`) are joined with `;`; `status` is YC's `Active|Inactive|Acquired|Public`.
 */
export const embeddedCompanyRowSchema = z.object({
  source_company_id: z.string().regex(/^(yc|sp500):\S+$/, 'source_company_id must look like yc:<id> or sp500:<symbol>'),
  domain: cell,
  name: cell,
  industry: cell,
  subindustry: cell,
  tags: cell,
  team_size: cell,
  city: cell,
  region: cell,
  country: cell,
  status: cell,
  one_liner: cell,
  is_hiring: cell,
  launched_at: cell,
});
export type EmbeddedCompanyRow = z.infer<typeof embeddedCompanyRowSchema>;

/** One row of `examples/data/signals.csv` (copied from the normalised `signal-events.csv`). */
export const embeddedSignalRowSchema = z.object({
  signal_type: z.string().min(1),
  signal_date: cell,
  company: cell,
  company_domain: cell,
  yc_id: cell,
  sp500_symbol: cell,
  value: cell,
  source: cell,
});
export type EmbeddedSignalRow = z.infer<typeof embeddedSignalRowSchema>;
