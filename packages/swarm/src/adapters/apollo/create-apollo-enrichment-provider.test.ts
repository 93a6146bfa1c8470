import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import type { EnrichmentRequest } from '../../ports/enrichment-provider.js';
import { startFakeApolloServer, type FakeApolloServer } from './__fixtures__/fake-apollo-server.js';
import { createApolloEnrichmentProvider } from './create-apollo-enrichment-provider.js';

const clock = { now: () => new Date('2026-01-05T09:00:00Z') };
const request: EnrichmentRequest = {
  leadId: 'lead-1',
  email: 'ada.moreau@example.com',
  linkedinUrl: null,
  firstName: 'Ada',
  lastName: 'Moreau',
  companyName: 'Example Analytics',
  companyDomain: 'example.com',
};
const live = (): AbortSignal => new AbortController().signal;

describe('Apollo People Match provider (SPEC §3.2)', () => {
  let server: FakeApolloServer;
  beforeAll(async () => {
    server = await startFakeApolloServer({ apiKey: 'test-key', knownEmails: ['ada.moreau@example.com'] });
  });
  afterAll(async () => {
    await server.close();
  });
  const provider = (apiKey = 'test-key') =>
    createApolloEnrichmentProvider({ apiKey, baseUrl: server.baseUrl, fetch, clock });

  it('sends the API key as x-api-key and maps a match to person, company, funding signal and 1 credit', async () => {
    server.setMode('normal');
    const answer = await provider().enrich(request, live());
    const sent = server.requests.at(-1);
    expect(sent?.apiKey).toBe('test-key');
    expect(sent?.body).toMatchObject({
      email: 'ada.moreau@example.com',
      domain: 'example.com',
      reveal_personal_emails: false,
    });
    expect(answer).toMatchObject({
      found: true,
      credits: 1,
      person: { title: 'VP of Revenue Operations', seniority: 'vp', city: 'San Francisco' },
      company: { domain: 'example.com', employeeCount: 240, industry: 'computer software', region: 'California' },
      signals: [{ kind: 'funding', date: '2025-06-01', detail: 'Series B' }],
    });
  });

  it('returns found: false with 0 credits when Apollo has no match, and skips the call without identifiers', async () => {
    server.setMode('normal');
    await expect(provider().enrich({ ...request, email: 'nobody@example.org' }, live())).resolves.toEqual({
      found: false,
      credits: 0,
    });
    const before = server.requests.length;
    const anonymous = { ...request, email: null, firstName: null, lastName: null, linkedinUrl: null };
    await expect(provider().enrich(anonymous, live())).resolves.toEqual({ found: false, credits: 0 });
    expect(server.requests.length).toBe(before);
  });

  it('maps a wrong API key (401) to a non-retryable vendor_error carrying Apollo’s message', async () => {
    const error = (await provider('wrong-key')
      .enrich(request, live())
      .catch((caught: unknown) => caught)) as CaioError;
    expect(error).toMatchObject({ code: 'vendor_error', isRetryable: false, details: { status: 401 } });
    expect(error.message).toContain('Invalid access credentials');
  });

  it('maps 429 + Retry-After to rate_limited with retryAfterMs, and 503 to a retryable vendor_error', async () => {
    server.setMode('rate_limited', 7);
    await expect(provider().enrich(request, live())).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
    });
    server.setMode('server_error');
    await expect(provider().enrich(request, live())).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 503 },
    });
  });

  it('stops a hanging request when the signal aborts, rethrowing the timeout reason', async () => {
    server.setMode('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(new CaioError('timeout', 'Apollo did not answer within 100 ms')), 100);
    await expect(provider().enrich(request, controller.signal)).rejects.toMatchObject({ code: 'timeout' });
    server.setMode('normal');
  });

  it('reports a refused connection as a vendor_error marked connection (trips a breaker)', async () => {
    const closed = await startFakeApolloServer({ apiKey: 'k', knownEmails: [] });
    await closed.close();
    const unreachable = createApolloEnrichmentProvider({ apiKey: 'k', baseUrl: closed.baseUrl, fetch, clock });
    await expect(unreachable.enrich(request, live())).rejects.toMatchObject({
      code: 'vendor_error',
      details: { connection: true },
    });
  });

  it('refuses to start without an API key, naming the config key and the environment variable', () => {
    expect(() => createApolloEnrichmentProvider({ apiKey: ' ', fetch, clock })).toThrow(
      /enrichment\.apollo\.apiKey.*APOLLO_API_KEY/,
    );
  });
});
