import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import type { EnrichmentAnswer, EnrichmentProvider, EnrichmentRequest } from '../../ports/enrichment-provider.js';
import { createEnrichmentWaterfall } from './create-enrichment-waterfall.js';
import { createInMemoryEnrichmentCache } from './in-memory-enrichment-cache.js';

const dayMs = 86_400_000;
function fakeClock() {
  let nowMs = Date.parse('2026-01-05T09:00:00Z');
  return { now: () => new Date(nowMs), advance: (ms: number) => void (nowMs += ms) };
}
const request = (overrides: Partial<EnrichmentRequest> = {}): EnrichmentRequest => ({
  leadId: 'lead-1',
  email: 'ada@acme.test',
  linkedinUrl: null,
  firstName: 'Ada',
  lastName: 'Moreau',
  companyName: 'Acme',
  companyDomain: 'acme.test',
  ...overrides,
});

/** A provider fake that records calls and answers from a script. */
function scripted(slug: string, answer: (request: EnrichmentRequest) => EnrichmentAnswer | Error) {
  const calls: string[] = [];
  const provider: EnrichmentProvider = {
    slug,
    timeoutMs: 0,
    enrich: (input) => {
      calls.push(input.leadId);
      const result = answer(input);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    },
  };
  return { provider, calls };
}
const companyHit = (industry: string, employeeCount: number | null): EnrichmentAnswer => ({
  found: true,
  person: {},
  company: { industry, employeeCount },
  signals: [{ kind: 'hiring', date: '2026-01-01', source: 'fake', detail: null }],
  credits: 0,
});

describe('enrichment waterfall (SPEC §3.2)', () => {
  it('tries providers in order until the needed fields are filled; earlier answers win, later ones fill gaps', async () => {
    const clock = fakeClock();
    const first = scripted('first', () => companyHit('Fintech', null));
    const second = scripted('second', () => ({ ...companyHit('Retail', 40), credits: 1 }));
    const third = scripted('third', () => companyHit('Other', 9));
    const waterfall = createEnrichmentWaterfall({
      providers: [first.provider, second.provider, third.provider],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
    });
    const outcome = await waterfall.enrich(request());
    expect(outcome).toMatchObject({
      provider: 'first',
      company: { industry: 'Fintech', employeeCount: 40 },
      fromCache: false,
      missingFields: [],
    });
    expect(outcome.attempts.map((attempt) => `${attempt.provider}:${attempt.result}`)).toEqual([
      'first:hit',
      'second:hit',
    ]);
    expect(outcome.signals).toHaveLength(1);
    expect(third.calls).toEqual([]);
    expect(waterfall.stats().providers.find((stats) => stats.provider === 'second')).toMatchObject({
      credits: 1,
      hits: 1,
      hitRate: 1,
    });
  });

  it('records a pending answer with its correlation id and stops; the lead continues unenriched', async () => {
    const clock = fakeClock();
    const asyncVendor = scripted('bettercontact', () => ({ found: 'pending', correlationId: 'bc-42', credits: 0 }));
    const after = scripted('clay', () => companyHit('X', 1));
    const waterfall = createEnrichmentWaterfall({
      providers: [asyncVendor.provider, after.provider],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
    });
    const outcome = await waterfall.enrich(request());
    expect(outcome).toMatchObject({ provider: null, pending: { provider: 'bettercontact', correlationId: 'bc-42' } });
    expect(outcome.skippedReason).toBeUndefined();
    expect(after.calls).toEqual([]);
    expect(waterfall.stats()).toMatchObject({ pending: 1, skipped: 0 });
  });

  it('skips gracefully with a reason when every provider misses or fails', async () => {
    const clock = fakeClock();
    const miss = scripted('miss', () => ({ found: false, credits: 0 }));
    const broken = scripted('broken', () => new CaioError('vendor_error', 'HTTP 500', { details: { status: 500 } }));
    const waterfall = createEnrichmentWaterfall({
      providers: [miss.provider, broken.provider],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
    });
    const outcome = await waterfall.enrich(request());
    expect(outcome.provider).toBeNull();
    expect(outcome.skippedReason).toBe('no provider had data: miss miss, broken error');
    expect(outcome.attempts[1]).toMatchObject({ errorCode: 'vendor_error', error: 'HTTP 500' });
    expect(waterfall.stats()).toMatchObject({ skipped: 1, enriched: 0 });
  });

  it('serves company data from the cache for 7 days and person data for 30 days', async () => {
    const clock = fakeClock();
    const vendor = scripted('vendor', () => ({ ...companyHit('Fintech', 12), person: { title: 'CEO' } }));
    const waterfall = createEnrichmentWaterfall({
      providers: [vendor.provider],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
      neededFields: ['company.industry', 'person.title'],
    });
    await waterfall.enrich(request());
    clock.advance(7 * dayMs - 1);
    await expect(waterfall.enrich(request({ leadId: 'lead-2' }))).resolves.toMatchObject({
      fromCache: true,
      provider: 'vendor',
      person: { title: 'CEO' },
    });
    expect(vendor.calls).toEqual(['lead-1']);
    clock.advance(1);
    const afterCompanyExpiry = await waterfall.enrich(request({ leadId: 'lead-3' }));
    expect(afterCompanyExpiry.fromCache).toBe(false);
    expect(vendor.calls).toEqual(['lead-1', 'lead-3']);
    // A colleague at the same company reuses the company entry but needs their own person data.
    const colleague = await waterfall.enrich(request({ leadId: 'lead-4', email: 'bo@acme.test' }));
    expect(colleague.fromCache).toBe(false);
    expect(vendor.calls).toEqual(['lead-1', 'lead-3', 'lead-4']);
    expect(waterfall.stats()).toMatchObject({ leads: 4, fromCache: 1 });
  });
});
