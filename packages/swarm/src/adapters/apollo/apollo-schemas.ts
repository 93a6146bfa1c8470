import { z } from 'zod';

/**
 * Apollo People Match response (`POST /api/v1/people/match`, docs.apollo.io "People Enrichment").
 * Lenient (STYLE.md §5): only the fields we read, every one nullable, extra fields ignored.
 */
const text = z.string().nullish();

export const apolloOrganizationSchema = z.object({
  name: text,
  primary_domain: text,
  website_url: text,
  industry: text,
  keywords: z.array(z.string()).nullish(),
  estimated_num_employees: z.number().nullish(),
  city: text,
  state: text,
  country: text,
  short_description: text,
  latest_funding_stage: text,
  latest_funding_round_date: text,
});

export const apolloPersonSchema = z.object({
  title: text,
  seniority: text,
  email: text,
  email_status: text,
  linkedin_url: text,
  city: text,
  state: text,
  country: text,
  organization: apolloOrganizationSchema.nullish(),
});

export const apolloPeopleMatchResponseSchema = z.object({ person: apolloPersonSchema.nullish() });

export type ApolloPerson = z.infer<typeof apolloPersonSchema>;
export type ApolloOrganization = z.infer<typeof apolloOrganizationSchema>;

/** Apollo error bodies carry `error` (auth, access) or `message` (rate limits). */
export const apolloErrorBodySchema = z.object({ error: text, message: text });

/** The People Match request fields we send (Apollo names). */
export interface ApolloPeopleMatchRequest {
  email?: string;
  first_name?: string;
  last_name?: string;
  organization_name?: string;
  domain?: string;
  linkedin_url?: string;
  reveal_personal_emails: false;
  reveal_phone_number: false;
}
