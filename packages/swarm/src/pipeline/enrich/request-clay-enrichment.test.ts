import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import type { ClayEnrichmentRow } from '../../ports/clay-enrichment-requester.js';
import type { PendingEnrichment } from '../../ports/pending-enrichment-store.js';
import type { PendingEnrichmentRequestStore } from '../../ports/pending-enrichment-request-store.js';
import { linkedinUrlCorrelationId } from './linkedin-url-correlation-id.js';
import { requestClayEnrichment, type ClayEnrichmentCandidate } from './request-clay-enrichment.js';

function memoryPendingStore() {
  const rows = new Map<string, PendingEnrichment & { completed: boolean }>();
  const store: PendingEnrichmentRequestStore = {
    async record(pending) {
      await store.recordIfAbsent(pending);
    },
    async recordIfAbsent(pending) {
      if (rows.has(pending.correlationId)) return false;
      rows.set(pending.correlationId, { ...pending, completed: false });
      return true;
    },
    async complete(_provider, correlationId) {
      const row = rows.get(correlationId);
      if (!row || row.completed) return undefined;
      row.completed = true;
      return row;
    },
    async withdraw(_provider, correlationId) {
      if (rows.get(correlationId)?.completed === false) rows.delete(correlationId);
    },
  };
  return { store, rows };
}

const lead = (index: number, overrides: Partial<ClayEnrichmentCandidate> = {}): ClayEnrichmentCandidate => ({
  leadId: `lead-${index}`,
  linkedinUrl: `https://www.linkedin.com/in/person-${index}`,
  firstName: 'Ada',
  lastName: 'Example',
  companyName: 'Example Ltd',
  companyDomain: 'example.com',
  missingFields: ['company.industry'],
  ...overrides,
});

function setup(fail: (row: ClayEnrichmentRow) => Error | undefined = () => undefined) {
  const pending = memoryPendingStore();
  const sent: ClayEnrichmentRow[] = [];
  const dependencies = {
    pending: pending.store,
    clock: { now: () => new Date('2026-03-02T09:00:00Z') },
    maxPerRun: 100,
    requester: {
      async send(row: ClayEnrichmentRow) {
        const error = fail(row);
        if (error) throw error;
        sent.push(row);
      },
    },
  };
  return { dependencies, sent, rows: pending.rows };
}

describe('requestClayEnrichment (SPEC §3.2 asynchronous Clay enrichment)', () => {
  it('SPEC 3.2: records one pending row per LinkedIn-URL hash and sends it; a rerun sends nothing', async () => {
    const { dependencies, sent, rows } = setup();
    const candidates = [lead(1), lead(2, { linkedinUrl: null }), lead(3, { missingFields: [] })];
    expect(await requestClayEnrichment(dependencies, candidates)).toMatchObject({ sent: 1, notEligible: 2 });
    const correlationId = linkedinUrlCorrelationId(lead(1).linkedinUrl)!;
    expect(sent).toEqual([expect.objectContaining({ correlationId, linkedinUrl: lead(1).linkedinUrl })]);
    expect(rows.get(correlationId)).toMatchObject({ leadId: 'lead-1', provider: 'clay' });
    expect(await requestClayEnrichment(dependencies, candidates)).toMatchObject({ sent: 0, alreadyRequested: 1 });
    expect(sent).toHaveLength(1);
    expect(rows.size).toBe(1);
  });

  it('a definite failure withdraws the pending row so the next run retries; a timeout keeps it', async () => {
    let failure: Error | undefined = new CaioError('vendor_error', 'Clay answered HTTP 500.', { retryable: true });
    const { dependencies, sent, rows } = setup(() => failure);
    expect(await requestClayEnrichment(dependencies, [lead(1)])).toMatchObject({ sent: 0, failed: 1 });
    expect(rows.size).toBe(0);
    failure = new CaioError('timeout', 'Clay did not answer in 30 s.');
    expect(await requestClayEnrichment(dependencies, [lead(1)])).toMatchObject({ outcomeUnknown: 1 });
    expect(rows.size).toBe(1);
    failure = undefined;
    expect(await requestClayEnrichment(dependencies, [lead(1)])).toMatchObject({ alreadyRequested: 1 });
    expect(sent).toHaveLength(0);
  });

  it('RES-1: a rate limit stops the batch with retryAfterMs and defers the rest', async () => {
    const { dependencies, rows } = setup(
      () => new CaioError('rate_limited', 'Clay rate limit reached.', { retryAfterMs: 30_000 }),
    );
    const report = await requestClayEnrichment(dependencies, [lead(1), lead(2), lead(3)]);
    expect(report).toMatchObject({ failed: 1, deferred: 2, stoppedBy: { code: 'rate_limited', retryAfterMs: 30_000 } });
    expect(rows.size).toBe(0);
  });

  it('sends at most maxPerRun requests per call and defers the others', async () => {
    const { dependencies, sent } = setup();
    const report = await requestClayEnrichment({ ...dependencies, maxPerRun: 2 }, [lead(1), lead(2), lead(3)]);
    expect(report).toMatchObject({ sent: 2, deferred: 1 });
    expect(sent).toHaveLength(2);
  });
});
