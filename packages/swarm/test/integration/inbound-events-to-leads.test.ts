import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { InboundEvent } from '../../src/domain/inbound-event.js';
import type { LeadCandidate, LeadStatus } from '../../src/domain/lead.js';
import { inboundEventsToLeads } from '../../src/main/inbound-webhooks.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { leadStatusPolicy } from '../../src/signals/lead-status-policy.js';
import { createLeadStatusRepository } from '../../src/store/repositories/lead-status-repository.js';
import { repositoryRoot } from '../support/run-cli.js';

function candidate(email: string): LeadCandidate {
  return {
    rowNumber: 1,
    firstName: 'Ada',
    lastName: 'Example',
    title: 'COO',
    seniority: 'c_suite',
    email,
    emailKey: email,
    linkedinUrl: `https://linkedin.example.com/in/${email.split('@')[0]}`,
    phone: null,
    companyName: 'Example Co',
    companyDomain: 'example.com',
    industry: 'B2B',
    employeeCount: 60,
    city: null,
    state: null,
    country: 'USA',
    source: 'test',
    attributes: {},
  };
}

const event = (kind: InboundEvent['kind'], leadEmail: string, extra: Record<string, unknown> = {}): InboundEvent =>
  ({
    kind,
    source: 'instantly',
    providerEventId: `${kind}-${leadEmail}`,
    occurredAt: '2026-11-22T09:00:00.000Z',
    leadEmail,
    ...extra,
  }) as InboundEvent;

describe('inbound events applied to leads (SPEC 4)', () => {
  let system: System;
  let apply: (event: InboundEvent) => Promise<void>;

  beforeAll(async () => {
    const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), {
      CAIO_HOME: mkdtempSync(join(tmpdir(), 'caio-inbound-')),
    });
    system = await openSystem(config, { inMemory: true, clock: { now: () => new Date('2026-11-22T10:00:00Z') } });
    apply = inboundEventsToLeads(system);
  });
  afterAll(() => system.close());

  async function leadAt(email: string, status: LeadStatus): Promise<string> {
    const [stored] = await system.store.leads.upsertMany([candidate(email)]);
    const id = stored!.lead.id;
    await system.store.leads.recordProgress([{ id, status }]);
    return id;
  }
  const statusOf = async (id: string) => (await system.store.leads.findById(id))?.status;

  it('SPEC 4: opens and replies move a sent lead through the status machine and land on its timeline', async () => {
    const id = await leadAt('open.reply@acme.test', 'sent');
    await apply(event('email_opened', 'open.reply@acme.test'));
    expect(await statusOf(id)).toBe('opened');
    await apply(event('email_replied', 'open.reply@acme.test'));
    expect(await statusOf(id)).toBe('replied');
    const timeline = await createLeadStatusRepository(system.database.db, {
      clock: system.clock,
      policy: leadStatusPolicy,
    }).timeline(id);
    expect(timeline.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['open', 'reply']));
  });

  it('SPEC 4: only a permanent bounce marks the lead bounced and suppresses the address', async () => {
    const id = await leadAt('bounce@acme.test', 'sent');
    await apply(event('email_bounced', 'bounce@acme.test', { bounceType: 'transient' }));
    expect(await statusOf(id)).toBe('sent');
    expect([...(await system.store.suppression.suppressedAmong(['bounce@acme.test']))]).toEqual([]);
    await apply(event('email_bounced', 'bounce@acme.test', { bounceType: 'permanent' }));
    expect(await statusOf(id)).toBe('bounced');
    expect([...(await system.store.suppression.suppressedAmong(['bounce@acme.test']))]).toEqual(['bounce@acme.test']);
  });

  it('EM-4: a vendor unsubscribe suppresses the address and makes the lead unsubscribed', async () => {
    const id = await leadAt('leave@acme.test', 'opened');
    await apply(event('email_unsubscribed', 'leave@acme.test'));
    expect(await statusOf(id)).toBe('unsubscribed');
    expect([...(await system.store.suppression.suppressedAmong(['leave@acme.test']))]).toEqual(['leave@acme.test']);
  });

  it('SPEC 4: an illegal move is refused and audited, never forced; an unknown lead is audited as not_found', async () => {
    const id = await leadAt('early@acme.test', 'pending_approval');
    await apply(event('email_replied', 'early@acme.test'));
    expect(await statusOf(id)).toBe('pending_approval');
    const refusals = await system.store.audit.query({ action: 'transition_lead_status', limit: 10 });
    expect(refusals.items.map((item) => item.reasonCode)).toContain('illegal_transition');
    await apply(event('email_opened', 'nobody@unknown.test'));
    const notFound = await system.store.audit.query({ agent: 'SCOUT', action: 'inbound_event', limit: 50 });
    expect(notFound.items.some((item) => item.reasonCode === 'not_found')).toBe(true);
  });
});
