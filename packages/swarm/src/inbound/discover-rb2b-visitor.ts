import type { InboundEvent } from '../domain/inbound-event.js';
import type { LeadCandidate } from '../domain/lead.js';
import type { RawLeadRecord } from '../ports/lead-record-source.js';
import { discoverLeads } from '../pipeline/discover/index.js';

/** The outcome of running one RB2B visitor through the discover stage. */
export type Rb2bVisitorDiscovery =
  { outcome: 'candidate'; candidate: LeadCandidate } | { outcome: 'rejected'; reason: string };

/** The lead source name recorded on leads found by RB2B (SPEC §3.1 "Other sources"). */
export const rb2bLeadSource = 'webhook:rb2b';

/**
 * Runs one RB2B website visitor through the discover stage (SPEC §3.1: "RB2B website-visitor
 * webhook" is a lead source), so the same normalisation, validation and rejection reasons apply as to
 * a CSV row. `visitorFields` are RB2B's Title Case fields when available (`First Name`, `Last Name`,
 * `Title`, `Company Name`, `Website`, `Industry`, `Employee Count`, `City`, `State`, …); they match
 * the discover header aliases as they are, unknown ones become attributes. The event's own
 * `linkedinUrl` / `leadEmail` override them (they are what the dedupe key is built from).
 *
 * @returns a validated candidate (dedupe happens when it is upserted: a known visitor updates the
 *   existing lead), or `rejected` with the discover stage's reason (no email and no LinkedIn URL, an
 *   invalid email, a non-LinkedIn URL), or `not_a_website_visit` for any other event kind.
 */
export async function discoverRb2bVisitor(
  event: InboundEvent,
  visitorFields: Readonly<Record<string, string>> = {},
): Promise<Rb2bVisitorDiscovery> {
  if (event.kind !== 'website_visit') return { outcome: 'rejected', reason: 'not_a_website_visit' };
  const fields: Record<string, string> = { ...visitorFields };
  if (event.leadEmail !== undefined) fields['Business Email'] = event.leadEmail;
  if (event.linkedinUrl !== undefined) fields['LinkedIn URL'] = event.linkedinUrl;
  const record: RawLeadRecord = { rowNumber: 1, fields };
  const source = {
    name: rb2bLeadSource,
    async *records() {
      yield record;
    },
  };
  for await (const chunk of discoverLeads(source, { chunkSize: 1 })) {
    const candidate = chunk.candidates[0];
    if (candidate) return { outcome: 'candidate', candidate };
    const rejection = chunk.rejected[0];
    if (rejection) return { outcome: 'rejected', reason: rejection.reason };
  }
  return { outcome: 'rejected', reason: 'no_visitor_identity' };
}
