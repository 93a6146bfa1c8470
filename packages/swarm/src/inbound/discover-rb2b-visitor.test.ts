import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../domain/inbound-event.js';
import type { LeadCandidate } from '../domain/lead.js';
import type { AuditEvent, AuditLog } from '../ports/audit-log.js';
import { createRb2bDiscovery } from './create-rb2b-discovery.js';
import { discoverRb2bVisitor } from './discover-rb2b-visitor.js';
import { normaliseRb2bEvent } from './normalise-rb2b-event.js';

const receivedAt = new Date('2026-11-22T09:00:00Z');

function visit(payload: Record<string, string>): InboundEvent {
  const result = normaliseRb2bEvent(payload, receivedAt);
  if (!result.ok || !result.events[0]) throw new Error('fixture did not normalise');
  return result.events[0];
}

describe('RB2B visitors through the discover stage (SPEC §3.1, §4)', () => {
  it('SPEC 3.1: an identified visitor becomes a normalised lead candidate with RB2B fields mapped', async () => {
    const payload = {
      'LinkedIn URL': 'https://www.linkedin.com/in/ada-visitor/?trk=x',
      'Business Email': ' Ada@Example.com ',
      'First Name': 'ADA',
      'Last Name': 'LOVELACE',
      Title: 'VP Sales',
      'Company Name': 'Example Corp',
      Website: 'https://www.example.com',
      'Employee Count': '51-200',
      Zipcode: '10001',
    };
    const discovery = await discoverRb2bVisitor(visit(payload), payload);
    expect(discovery).toMatchObject({
      outcome: 'candidate',
      candidate: {
        email: 'ada@example.com',
        linkedinUrl: 'https://www.linkedin.com/in/ada-visitor',
        firstName: 'Ada',
        lastName: 'Lovelace',
        companyName: 'Example Corp',
        companyDomain: 'example.com',
        source: 'webhook:rb2b',
        attributes: { Zipcode: '10001' },
      },
    });
  });

  it('SPEC 3.1: an invalid visitor is rejected with the discover reason, stored PII-redacted, never applied', async () => {
    const upserted: LeadCandidate[] = [];
    const audited: AuditEvent[] = [];
    const applied: InboundEvent[] = [];
    const apply = createRb2bDiscovery(
      {
        leads: { upsertMany: async (candidates) => (upserted.push(...candidates), []) },
        audit: { record: async (events: readonly AuditEvent[]) => void audited.push(...events) } as unknown as AuditLog,
        clock: { now: () => receivedAt },
      },
      async (event) => void applied.push(event),
    );
    await apply(visit({ 'Business Email': 'not-an-email@', 'Seen At': '2026-11-22T08:59:00Z' }));
    expect(upserted).toEqual([]);
    expect(applied).toEqual([]);
    expect(audited[0]).toMatchObject({ outcome: 'refused', reasonCode: 'rb2b_visitor_rejected' });
    expect(audited[0]?.outputSummary).toContain('not a valid email');

    await apply(visit({ 'LinkedIn URL': 'https://www.linkedin.com/in/grace-visitor' }));
    expect(upserted.map((candidate) => candidate.linkedinUrl)).toEqual(['https://www.linkedin.com/in/grace-visitor']);
    expect(applied).toHaveLength(1);
  });
});
