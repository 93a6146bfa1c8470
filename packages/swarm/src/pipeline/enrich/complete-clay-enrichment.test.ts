import { describe, expect, it } from 'vitest';
import type { PendingEnrichment, PendingEnrichmentStore } from '../../ports/pending-enrichment-store.js';
import { clayEnrichmentCallbackSchema, completeClayEnrichment } from './complete-clay-enrichment.js';
import { linkedinUrlCorrelationId } from './linkedin-url-correlation-id.js';

function memoryPendingStore(): PendingEnrichmentStore {
  const rows = new Map<string, PendingEnrichment & { completedAt?: Date }>();
  return {
    async record(pending) {
      const key = `${pending.provider}:${pending.correlationId}`;
      if (!rows.has(key)) rows.set(key, { ...pending });
    },
    async complete(provider, correlationId, at) {
      const row = rows.get(`${provider}:${correlationId}`);
      if (!row || row.completedAt) return undefined;
      row.completedAt = at;
      return row;
    },
  };
}

describe('Clay callback completes the asynchronous enrichment (SPEC §3.2)', () => {
  it('SPEC 3.2: correlates by the LinkedIn URL hash and applies the result exactly once (WH-4)', async () => {
    const pending = memoryPendingStore();
    const correlationId = linkedinUrlCorrelationId('https://www.linkedin.com/in/ada-example');
    expect(correlationId).toMatch(/^li_[0-9a-f]{64}$/);
    await pending.record({
      correlationId: correlationId!,
      leadId: 'lead-1',
      provider: 'clay',
      requestedAt: new Date(0),
    });
    const applied: string[] = [];
    const dependencies = {
      pending,
      clock: { now: () => new Date('2026-11-22T09:00:00Z') },
      applyResult: async (leadId: string) => void applied.push(leadId),
    };
    const callback = clayEnrichmentCallbackSchema.parse({
      type: 'enrichment_result',
      linkedinUrl: 'https://www.linkedin.com/in/Ada-Example/?utm_source=clay',
      person: { title: 'VP Sales' },
      company: { domain: 'example.com' },
    });
    expect(await completeClayEnrichment(dependencies, callback)).toEqual({
      outcome: 'completed',
      leadId: 'lead-1',
      correlationId,
    });
    expect(await completeClayEnrichment(dependencies, callback)).toMatchObject({ outcome: 'no_pending_enrichment' });
    expect(applied).toEqual(['lead-1']);
  });

  it('SPEC 3.2: a callback for a profile nobody asked about changes nothing', async () => {
    const applied: string[] = [];
    const result = await completeClayEnrichment(
      {
        pending: memoryPendingStore(),
        clock: { now: () => new Date(0) },
        applyResult: async (id) => void applied.push(id),
      },
      clayEnrichmentCallbackSchema.parse({
        type: 'enrichment_result',
        linkedinUrl: 'https://www.linkedin.com/in/nobody',
      }),
    );
    expect(result.outcome).toBe('no_pending_enrichment');
    expect(applied).toEqual([]);
  });
});
