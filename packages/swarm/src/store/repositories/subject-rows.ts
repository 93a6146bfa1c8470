import type { Kysely } from 'kysely';
import type { ComplianceDatabase } from './compliance-tables.js';

/** The ids that tie rows to one person: their leads, those leads' drafts and approvals. */
export interface SubjectIds {
  leadIds: string[];
  draftIds: string[];
  approvalIds: string[];
  /** Plaintext needles to scrub: email, phone, full name, LinkedIn URL (non-empty, deduplicated). */
  needles: string[];
  /** Audit `target` values that name the person. */
  auditTargets: string[];
}

/**
 * Finds every lead whose canonical email is `emailKey`, with the ids of their drafts and approvals
 * and the plaintext values an erasure must scrub (GDPR-1, GDPR-2).
 */
export async function findSubjectIds(db: Kysely<ComplianceDatabase>, emailKey: string): Promise<SubjectIds> {
  const leads = await db
    .selectFrom('leads')
    .select(['id', 'email', 'phone', 'first_name', 'last_name', 'linkedin_url'])
    .where('email_key', '=', emailKey)
    .execute();
  const leadIds = leads.map((lead) => lead.id);
  const drafts =
    leadIds.length === 0 ? [] : await db.selectFrom('drafts').select('id').where('lead_id', 'in', leadIds).execute();
  const approvals =
    leadIds.length === 0 ? [] : await db.selectFrom('approvals').select('id').where('lead_id', 'in', leadIds).execute();
  const needles = new Set<string>([emailKey]);
  for (const lead of leads) {
    for (const value of [lead.email, lead.phone, lead.linkedin_url]) if (value?.trim()) needles.add(value.trim());
    const fullName = [lead.first_name, lead.last_name].filter((part) => part?.trim()).join(' ');
    if (lead.first_name?.trim() && lead.last_name?.trim()) needles.add(fullName);
  }
  const draftIds = drafts.map((draft) => draft.id);
  const approvalIds = approvals.map((approval) => approval.id);
  return {
    leadIds,
    draftIds,
    approvalIds,
    needles: [...needles],
    auditTargets: [
      emailKey,
      ...leadIds.map((id) => `lead:${id}`),
      ...draftIds.map((id) => `draft:${id}`),
      ...approvalIds.map((id) => `approval:${id}`),
    ],
  };
}
