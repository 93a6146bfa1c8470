import type { Selectable } from 'kysely';
import type { Lead, LeadCandidate, LeadStatus, Tier } from '../../domain/lead.js';
import { leadDedupKey } from '../../domain/lead.js';
import { CaioError } from '../../domain/errors.js';
import type { LeadsTable } from '../schema.js';
import { toJson } from '../schema.js';

/** Maps a stored row to the domain lead. */
export function leadFromRow(row: Selectable<LeadsTable>): Lead {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    seniority: row.seniority,
    email: row.email,
    emailKey: row.email_key,
    linkedinUrl: row.linkedin_url,
    phone: row.phone,
    companyName: row.company_name,
    companyDomain: row.company_domain,
    industry: row.industry,
    employeeCount: row.employee_count,
    city: row.city,
    state: row.state,
    country: row.country,
    source: row.source,
    attributes: row.attributes,
    status: row.status as LeadStatus,
    tier: row.tier as Tier | null,
    score: row.score,
    disqualificationRule: row.disqualification_rule,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a candidate to the insert row for a new lead with the given id. */
export function leadInsertRow(candidate: LeadCandidate, id: string) {
  const dedupKey = leadDedupKey(candidate);
  if (!dedupKey) {
    throw new CaioError('input_invalid', `row ${candidate.rowNumber}: a lead needs an email or a LinkedIn URL.`);
  }
  return {
    id,
    dedup_key: dedupKey,
    email: candidate.email,
    email_key: candidate.emailKey,
    linkedin_url: candidate.linkedinUrl,
    first_name: candidate.firstName,
    last_name: candidate.lastName,
    title: candidate.title,
    seniority: candidate.seniority,
    phone: candidate.phone,
    company_name: candidate.companyName,
    company_domain: candidate.companyDomain,
    industry: candidate.industry,
    employee_count: candidate.employeeCount,
    city: candidate.city,
    state: candidate.state,
    country: candidate.country,
    source: candidate.source,
    attributes: toJson(candidate.attributes),
    status: 'new',
  };
}
