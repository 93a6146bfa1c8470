import type { Disqualification } from '../../domain/score.js';
import { roleAccountKey, type CompiledIcp } from './compile-icp.js';
import { normaliseDomain } from './domain-matcher.js';
import type { ScoreLeadInput, ScoringContext } from './scoring-input.js';

function emailParts(email: string | null | undefined): { address: string; localPart: string; domain: string } | null {
  const address = email?.trim().toLowerCase() ?? '';
  const atSign = address.lastIndexOf('@');
  if (atSign <= 0 || atSign === address.length - 1) return null;
  return { address, localPart: address.slice(0, atSign), domain: address.slice(atSign + 1) };
}

function firstDomainMatch(
  matcher: CompiledIcp['customerDomains'],
  hosts: readonly string[],
): { host: string; listed: string } | null {
  if (matcher.size === 0) return null;
  for (const host of hosts) {
    const listed = matcher.match(host);
    if (listed) return { host, listed };
  }
  return null;
}

function distinctHosts(values: readonly (string | null | undefined)[]): string[] {
  const hosts: string[] = [];
  for (const value of values) {
    const host = normaliseDomain(value);
    if (host !== null && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/**
 * Every disqualification rule of SPEC §3.3 except `below_floor` that matches, in priority order:
 * `suppressed`, `customer_email`, `customer_domain`, `competitor_domain` (the exclusions; domains match
 * the email domain, the lead's company domain and the company profile's domain, apex and subdomains),
 * then `role_account`, `company_inactive` (status inactive or acquired) and `no_contact_channel` (neither
 * email nor LinkedIn URL). The first entry is the rule reported; the rest are kept for the reasons.
 */
export function findDisqualifications(
  input: ScoreLeadInput,
  icp: CompiledIcp,
  context: ScoringContext,
): Disqualification[] {
  const { lead } = input;
  const company = input.company ?? {};
  const email = emailParts(lead.email);
  const hosts = distinctHosts([email?.domain, lead.companyDomain, company.domain]);
  const found: Disqualification[] = [];
  if (email && context.suppressedEmails.has(email.address)) {
    found.push({ rule: 'suppressed', detail: `${email.address} is on the suppression list` });
  }
  if (email && icp.customerEmails.has(email.address)) {
    found.push({ rule: 'customer_email', detail: `${email.address} is a customer contact` });
  }
  const customer = firstDomainMatch(icp.customerDomains, hosts);
  if (customer) {
    found.push({ rule: 'customer_domain', detail: `${customer.host} is under customer domain ${customer.listed}` });
  }
  const competitor = firstDomainMatch(icp.competitorDomains, hosts);
  if (competitor) {
    found.push({
      rule: 'competitor_domain',
      detail: `${competitor.host} is under competitor domain ${competitor.listed}`,
    });
  }
  if (email && icp.roleAccounts.has(roleAccountKey(email.localPart))) {
    found.push({ rule: 'role_account', detail: `${email.localPart}@ is a role account, not a person` });
  }
  if (company.status === 'inactive' || company.status === 'acquired') {
    found.push({ rule: 'company_inactive', detail: `company status is ${company.status}` });
  }
  const hasEmail = (lead.email?.trim() ?? '') !== '';
  const hasLinkedin = (lead.linkedinUrl?.trim() ?? '') !== '';
  if (!hasEmail && !hasLinkedin) {
    found.push({ rule: 'no_contact_channel', detail: 'neither email nor LinkedIn URL is known' });
  }
  return found;
}
