import type { EnrichmentRequest } from '../../ports/enrichment-provider.js';
import type { ApolloPeopleMatchRequest } from './apollo-schemas.js';

/**
 * Builds the People Match body from what we know, or null when Apollo could not match anyway
 * (no email, no LinkedIn URL and no name + company): then we spend no call and no credit.
 * Personal emails and phone numbers are never requested (data minimisation; they cost extra credits).
 */
export function toApolloMatchRequest(request: EnrichmentRequest): ApolloPeopleMatchRequest | null {
  const hasName = Boolean(request.firstName && request.lastName);
  const hasCompany = Boolean(request.companyDomain || request.companyName);
  if (!request.email && !request.linkedinUrl && !(hasName && hasCompany)) return null;
  return {
    ...(request.email ? { email: request.email } : {}),
    ...(request.firstName ? { first_name: request.firstName } : {}),
    ...(request.lastName ? { last_name: request.lastName } : {}),
    ...(request.companyName ? { organization_name: request.companyName } : {}),
    ...(request.companyDomain ? { domain: request.companyDomain } : {}),
    ...(request.linkedinUrl ? { linkedin_url: request.linkedinUrl } : {}),
    reveal_personal_emails: false,
    reveal_phone_number: false,
  };
}
