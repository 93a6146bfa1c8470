import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../domain/inbound-event.js';
import type { AuditEvent, AuditLog } from '../ports/audit-log.js';
import type { WebhookEventRecord, WebhookEventStore } from '../ports/webhook-event-store.js';
import { createAuditingApplyInboundEvent } from './apply-inbound-event.js';
import { processInboundEvent } from './process-inbound-event.js';

const clock = { now: () => new Date('2026-11-22T12:00:00.000Z') };

const opened: InboundEvent = {
  kind: 'email_opened',
  source: 'instantly',
  providerEventId: 'derived:abc',
  occurredAt: '2026-11-22T11:00:00.000Z',
  leadEmail: 'pii.lead@example.com',
};

function memoryStore(records: WebhookEventRecord[]): WebhookEventStore {
  return {
    recordOnce: async () => true,
    find: async (id) => records.find((record) => record.id === id),
    markProcessed: async (id) => {
      const record = records.find((candidate) => candidate.id === id);
      if (record && record.status === 'received') record.status = 'processed';
    },
    purgeReceivedBefore: async () => 0,
  };
}

function recordingAudit(): AuditLog & { events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  return {
    events,
    record: async (batch) => {
      events.push(...batch);
    },
    query: async () => ({ items: [], total: 0, nextCursor: null }),
  };
}

describe('processInboundEvent (SPEC §4, WH-7)', () => {
  it('applies each stored event once, records it in the audit trail without PII, and marks the row processed', async () => {
    const record: WebhookEventRecord = {
      id: 'row-1',
      source: 'instantly',
      providerEventId: 'derived:abc',
      receivedAt: clock.now(),
      status: 'received',
      events: [opened],
      error: null,
    };
    const audit = recordingAudit();
    const dependencies = {
      events: memoryStore([record]),
      clock,
      applyInboundEvent: createAuditingApplyInboundEvent({ audit, clock }),
    };
    expect(await processInboundEvent(dependencies, { webhookEventId: 'row-1' })).toBe('processed');
    // A redelivered job finds the row processed and does nothing (WH-4: one side effect).
    expect(await processInboundEvent(dependencies, { webhookEventId: 'row-1' })).toBe('skipped');
    expect(record.status).toBe('processed');
    expect(audit.events).toHaveLength(1);
    expect(audit.events[0]).toMatchObject({
      action: 'inbound_event',
      target: 'instantly:derived:abc',
      inputSummary: 'email_opened',
    });
    expect(JSON.stringify(audit.events)).not.toContain('pii.lead');
  });

  it('a missing (purged) row is skipped, and a failing apply leaves the row for the retry', async () => {
    const record: WebhookEventRecord = {
      id: 'row-2',
      source: 'clay',
      providerEventId: 'clay-1',
      receivedAt: clock.now(),
      status: 'received',
      events: [opened],
      error: null,
    };
    const failing = {
      events: memoryStore([record]),
      clock,
      applyInboundEvent: async () => Promise.reject(new Error('database busy')),
    };
    expect(await processInboundEvent(failing, { webhookEventId: 'gone' })).toBe('skipped');
    await expect(processInboundEvent(failing, { webhookEventId: 'row-2' })).rejects.toThrow('database busy');
    expect(record.status).toBe('received');
  });
});
