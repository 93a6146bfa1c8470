import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { EnrichmentAnswer, PersonFacts } from '../../ports/enrichment-provider.js';
import type { ApolloOrganization, ApolloPerson } from './apollo-schemas.js';

/** Apollo bills one credit per revealed person (People Match pricing, SPEC §3.1). */
export const apolloCreditsPerReveal = 1;

const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

function toDomain(value: string | null | undefined): string | null {
  const raw = orNull(value);
  if (!raw) return null;
  return (
    raw
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/^www\./, '')
      .split('/')[0] ?? null
  );
}

function toCompany(organization: ApolloOrganization): Partial<CompanyProfile> {
  return {
    domain: toDomain(organization.primary_domain ?? organization.website_url),
    name: orNull(organization.name),
    industry: orNull(organization.industry),
    tags: organization.keywords ?? [],
    employeeCount: organization.estimated_num_employees ?? null,
    city: orNull(organization.city),
    region: orNull(organization.state),
    country: orNull(organization.country),
    description: orNull(organization.short_description),
  };
}

function toSignals(organization: ApolloOrganization | null | undefined): IntentSignal[] {
  const date = organization?.latest_funding_round_date?.slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  return [
    {
      kind: 'funding',
      date,
      source: 'Apollo organization.latest_funding_round_date',
      detail: orNull(organization?.latest_funding_stage),
    },
  ];
}

/**
 * Translates an Apollo person into our enrichment answer. Apollo's placeholder for a locked email
 * (`email_not_unlocked@…`) is dropped, never passed on as an address.
 */
export function apolloPersonToAnswer(person: ApolloPerson): EnrichmentAnswer {
  const email = orNull(person.email);
  const facts: PersonFacts = {
    title: orNull(person.title),
    seniority: orNull(person.seniority),
    email: email && !email.startsWith('email_not_unlocked') ? email.toLowerCase() : null,
    linkedinUrl: orNull(person.linkedin_url),
    city: orNull(person.city),
    state: orNull(person.state),
    country: orNull(person.country),
  };
  return {
    found: true,
    person: facts,
    company: person.organization ? toCompany(person.organization) : {},
    signals: toSignals(person.organization),
    credits: apolloCreditsPerReveal,
    matchedBy: 'apollo_people_match',
  };
}
