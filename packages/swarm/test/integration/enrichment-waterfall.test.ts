// The enrich stage end to end (SPEC §3.2, RES-1, RES-2): embedded data + Apollo behind a local fake
// HTTP server + two fake vendors, one that never answers and one that keeps failing.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeApolloServer,
  type FakeApolloServer,
} from '../../src/adapters/apollo/__fixtures__/fake-apollo-server.js';
import { createApolloEnrichmentProvider } from '../../src/adapters/apollo/index.js';
import { createEmbeddedEnrichmentProvider, loadEmbeddedCompanyData } from '../../src/adapters/embedded/index.js';
import { CaioError } from '../../src/domain/errors.js';
import type { EnrichmentProvider, EnrichmentRequest } from '../../src/ports/enrichment-provider.js';
import {
  createEnrichmentWaterfall,
  createInMemoryEnrichmentCache,
  type EnrichmentWaterfall,
} from '../../src/pipeline/enrich/index.js';

const dayMs = 86_400_000;
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../src/adapters/embedded/__fixtures__/${name}`, import.meta.url));
let nowMs = Date.parse('2026-01-05T09:00:00Z');
const clock = { now: () => new Date(nowMs) };

const lead = (leadId: string, overrides: Partial<EnrichmentRequest> = {}): EnrichmentRequest => ({
  leadId,
  email: `${leadId}@example.net`,
  linkedinUrl: null,
  firstName: 'Ada',
  lastName: 'Moreau',
  companyName: null,
  companyDomain: null,
  ...overrides,
});

const neverAnswers = { calls: 0 };
const slowVendor: EnrichmentProvider = {
  slug: 'slowco',
  timeoutMs: 40,
  enrich: () => {
    neverAnswers.calls += 1;
    return new Promise(() => undefined);
  },
};
const failing = { calls: 0 };
const flakyVendor: EnrichmentProvider = {
  slug: 'flaky',
  timeoutMs: 1_000,
  enrich: () => {
    failing.calls += 1;
    return Promise.reject(new CaioError('vendor_error', 'HTTP 502', { details: { status: 502 } }));
  },
};

describe('enrichment waterfall with embedded, Apollo and failing vendors (SPEC §3.2)', () => {
  let apolloServer: FakeApolloServer;
  let waterfall: EnrichmentWaterfall;
  const transitions: string[] = [];
  const apolloCalls = (): number => apolloServer.requests.length;

  beforeAll(async () => {
    apolloServer = await startFakeApolloServer({ apiKey: 'test-key', knownEmails: ['ada.moreau@example.com'] });
    const embedded = createEmbeddedEnrichmentProvider(
      await loadEmbeddedCompanyData(fixture('companies.csv'), fixture('signals.csv')),
    );
    const apollo = createApolloEnrichmentProvider({
      apiKey: 'test-key',
      baseUrl: apolloServer.baseUrl,
      fetch,
      clock,
      timeoutMs: 2_000,
    });
    waterfall = createEnrichmentWaterfall({
      providers: [embedded, slowVendor, flakyVendor, apollo],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
      neededFields: ['company.industry', 'company.employeeCount', 'person.title'],
      monotonicNow: () => performance.now(),
      breakerOptions: { onStateChange: (name, from, to) => transitions.push(`${name}:${from}->${to}`) },
    });
  });
  afterAll(async () => {
    await apolloServer.close();
  });

  it('falls through in order past a timeout and a failing vendor to Apollo, merging embedded company data', async () => {
    const outcome = await waterfall.enrich(
      lead('lead-1', { email: 'ada.moreau@example.com', attributes: { source_company_id: 'yc:101' } }),
    );
    expect(outcome.attempts.map((attempt) => `${attempt.provider}:${attempt.result}`)).toEqual([
      'embedded:hit',
      'slowco:timeout',
      'flaky:error',
      'apollo:hit',
    ]);
    expect(outcome).toMatchObject({
      provider: 'embedded',
      company: { name: 'Acme Robotics', industry: 'Industrials', employeeCount: 58, status: 'active' },
      person: { title: 'VP of Revenue Operations', seniority: 'vp' },
      missingFields: [],
    });
    // RES-2: the silent vendor is cut off at its 40 ms timeout (± 10%, plus scheduling slack above).
    expect(outcome.attempts[1]?.latencyMs).toBeGreaterThanOrEqual(36);
    expect(outcome.attempts[1]?.latencyMs).toBeLessThan(500);
  });

  it('RES-1: the failing vendor trips after 3 failures and is then skipped without being called', async () => {
    await waterfall.enrich(lead('lead-2', { companyDomain: 'acme-robotics.test' }));
    await waterfall.enrich(lead('lead-3', { companyDomain: 'subsite-labs.test' }));
    expect(failing.calls).toBe(3);
    expect(transitions).toContain('flaky:closed->open');
    const outcome = await waterfall.enrich(lead('lead-4', { companyName: 'Apollo' }));
    expect(failing.calls).toBe(3);
    expect(outcome.attempts.find((attempt) => attempt.provider === 'flaky')).toMatchObject({
      result: 'circuit_open',
      latencyMs: 0,
    });
  });

  it('skips gracefully with the reason when every provider misses, times out, is open or fails', async () => {
    apolloServer.setMode('server_error');
    const outcome = await waterfall.enrich(lead('lead-5', { companyDomain: 'unknown.example.org' }));
    apolloServer.setMode('normal');
    expect(outcome.provider).toBeNull();
    // slowco's timeouts tripped its breaker too (RES-1: timeouts are failures).
    expect(outcome.skippedReason).toBe(
      'no provider had data: embedded miss, slowco circuit_open, flaky circuit_open, apollo error',
    );
  });

  it('serves repeats from the cache, and refetches company data after 7 days (person data lasts 30)', async () => {
    const repeat = lead('lead-1b', { email: 'ada.moreau@example.com', attributes: { source_company_id: 'yc:101' } });
    const before = { apollo: apolloCalls(), slow: neverAnswers.calls };
    await expect(waterfall.enrich(repeat)).resolves.toMatchObject({
      fromCache: true,
      provider: 'embedded',
      attempts: [],
    });
    nowMs += 7 * dayMs;
    const afterCompanyExpiry = await waterfall.enrich(repeat);
    expect(afterCompanyExpiry.fromCache).toBe(false);
    // The cached person still has the title, so the embedded company hit completes the lead.
    expect(afterCompanyExpiry.attempts.map((attempt) => attempt.provider)).toEqual(['embedded']);
    expect(afterCompanyExpiry.person.title).toBe('VP of Revenue Operations');
    nowMs += 30 * dayMs;
    const afterBothExpire = await waterfall.enrich(repeat);
    expect(afterBothExpire.attempts.map((attempt) => attempt.provider)).toEqual([
      'embedded',
      'slowco',
      'flaky',
      'apollo',
    ]);
    expect({ apollo: apolloCalls() - before.apollo, slow: neverAnswers.calls - before.slow }).toEqual({
      apollo: 1,
      slow: 1,
    });
  });

  it('reports per-provider attempts, hits, misses, errors, timeouts, breaker skips, hit rate, latency and credits', () => {
    const stats = waterfall.stats();
    const byProvider = Object.fromEntries(stats.providers.map((entry) => [entry.provider, entry]));
    expect(stats).toMatchObject({ leads: 8, fromCache: 1, enriched: 6, skipped: 2 });
    expect(byProvider['embedded']).toMatchObject({ attempts: 7, hits: 5, misses: 2, credits: 0 });
    expect(byProvider['embedded']?.hitRate).toBeCloseTo(5 / 7);
    // 3 timeouts opened slowco's breaker; 37 days later its half-open probe timed out again.
    expect(byProvider['slowco']).toMatchObject({ attempts: 4, timeouts: 4, breakerOpenSkips: 2, hits: 0, hitRate: 0 });
    expect(byProvider['slowco']?.latencyP50Ms).toBeGreaterThanOrEqual(36);
    expect(byProvider['slowco']?.latencyP95Ms).toBeLessThan(1_000);
    expect(byProvider['flaky']).toMatchObject({ attempts: 4, errors: 4, breakerOpenSkips: 2 });
    expect(byProvider['apollo']).toMatchObject({ attempts: 6, hits: 2, misses: 3, errors: 1, credits: 2 });
    expect(byProvider['apollo']?.latencyP95Ms).not.toBeNull();
  });
});
