import { emptyCompanyProfile, type CompanyProfile } from '../../domain/company.js';
import { isCaioError } from '../../domain/errors.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { Clock } from '../../ports/clock.js';
import type { EnrichmentCache } from '../../ports/enrichment-cache.js';
import type { EnrichmentProvider, EnrichmentRequest, PersonFacts } from '../../ports/enrichment-provider.js';
import {
  createCircuitBreaker,
  createResilientCall,
  resilienceDefaults,
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type ResilientCall,
  type Timer,
} from '../../guardrails/resilience/index.js';
import { companyCacheKey, personCacheKey } from './enrichment-cache-keys.js';
import {
  defaultNeededFields,
  type EnrichmentAttempt,
  type EnrichmentField,
  type EnrichmentOutcome,
} from './enrichment-outcome.js';
import { readCachedCompany, readCachedPerson, type CachedCompany, type CachedPerson } from './cached-enrichment.js';
import { appendSignals, fillCompanyGaps, fillPersonGaps, missingFields } from './merge-enrichment.js';
import { createProviderStatsRecorder, type ProviderStats } from './provider-stats.js';

const dayMs = 86_400_000;

/** Options of {@link createEnrichmentWaterfall}. */
export interface EnrichmentWaterfallOptions {
  /** Providers in waterfall order (config `enrichment.providers`), e.g. embedded, apollo. */
  providers: readonly EnrichmentProvider[];
  cache: EnrichmentCache;
  clock: Clock;
  /** Fields that end the waterfall once filled. Default `company.industry`, `company.employeeCount`. */
  neededFields?: readonly EnrichmentField[];
  /** Company cache TTL in ms. Default 7 days (SPEC §3.2). */
  companyTtlMs?: number;
  /** Person cache TTL in ms. Default 30 days (SPEC §3.2). */
  personTtlMs?: number;
  /** Breakers by provider slug, e.g. from `loadCircuitBreaker` so state survives restarts (RES-4). */
  breakers?: Readonly<Record<string, CircuitBreaker>>;
  /** Settings for breakers created here (slugs without an entry in `breakers`). */
  breakerOptions?: Omit<CircuitBreakerOptions, 'name' | 'clock' | 'initialState'>;
  timer?: Timer;
  /** Monotonic ms for latency; default the clock. Pass `() => performance.now()` for sub-ms precision. */
  monotonicNow?: () => number;
}

/** Run-level counters plus per-provider {@link ProviderStats}. */
export interface EnrichmentWaterfallStats {
  leads: number;
  fromCache: number;
  /** Leads for which some provider (or the cache) had data. */
  enriched: number;
  pending: number;
  skipped: number;
  providers: ProviderStats[];
}

/** The enrich stage (SPEC §3.2). */
export interface EnrichmentWaterfall {
  enrich(
    request: EnrichmentRequest,
    options?: { neededFields?: readonly EnrichmentField[] },
  ): Promise<EnrichmentOutcome>;
  stats(): EnrichmentWaterfallStats;
}

interface Lane {
  provider: EnrichmentProvider;
  call: ResilientCall;
  stats: ReturnType<typeof createProviderStatsRecorder>;
}

function failureResult(error: unknown): EnrichmentAttempt['result'] {
  const code = isCaioError(error) ? error.code : undefined;
  if (code === 'timeout' || code === 'rate_limited' || code === 'circuit_open') return code;
  return 'error';
}

/**
 * Creates the enrichment waterfall (SPEC §3.2): the cache first (company 7 days, person 30 days),
 * then providers in order until the needed fields are filled. Each provider runs behind its own
 * breaker and timeout (RES-1, RES-2; `timeoutMs: 0` = in-process, no timer). Hits merge (earlier
 * wins), misses and failures fall through, an open breaker is skipped, a `pending` answer stops
 * the waterfall with its correlation id. The lead always continues: if nobody had data the outcome
 * has `provider: null` and a `skippedReason`. Never throws for provider failures.
 *
 * @example
 * const waterfall = createEnrichmentWaterfall({ providers: [embedded, apollo], cache, clock });
 * const outcome = await waterfall.enrich(request);
 */
export function createEnrichmentWaterfall(options: EnrichmentWaterfallOptions): EnrichmentWaterfall {
  const { cache, clock } = options;
  const companyTtlMs = options.companyTtlMs ?? 7 * dayMs;
  const personTtlMs = options.personTtlMs ?? 30 * dayMs;
  const monotonicNow = options.monotonicNow ?? (() => clock.now().getTime());
  const lanes: Lane[] = options.providers.map((provider) => {
    const breaker =
      options.breakers?.[provider.slug] ??
      createCircuitBreaker({ ...options.breakerOptions, name: provider.slug, clock });
    const timeoutMs = provider.timeoutMs ?? resilienceDefaults.timeoutMs;
    return {
      provider,
      call: createResilientCall({ breaker, timeoutMs, ...(options.timer ? { timer: options.timer } : {}) }),
      stats: createProviderStatsRecorder(provider.slug),
    };
  });
  const totals = { leads: 0, fromCache: 0, enriched: 0, pending: 0, skipped: 0 };

  const runLane = async (
    lane: Lane,
    request: EnrichmentRequest,
  ): Promise<{ attempt: EnrichmentAttempt; answer?: Awaited<ReturnType<EnrichmentProvider['enrich']>> }> => {
    const started = monotonicNow();
    try {
      const answer = await lane.call((signal) => lane.provider.enrich(request, signal));
      const latencyMs = monotonicNow() - started;
      const base = { provider: lane.provider.slug, latencyMs, credits: answer.credits };
      if (answer.found === true)
        return {
          answer,
          attempt: { ...base, result: 'hit', ...(answer.matchedBy ? { matchedBy: answer.matchedBy } : {}) },
        };
      if (answer.found === 'pending')
        return { answer, attempt: { ...base, result: 'pending', correlationId: answer.correlationId } };
      return { answer, attempt: { ...base, result: 'miss' } };
    } catch (error) {
      const result = failureResult(error);
      return {
        attempt: {
          provider: lane.provider.slug,
          result,
          latencyMs: result === 'circuit_open' ? 0 : monotonicNow() - started,
          credits: 0,
          errorCode: isCaioError(error) ? error.code : 'internal',
          error: error instanceof Error ? error.message : String(error),
        },
      };
    }
  };

  return {
    async enrich(request, enrichOptions) {
      totals.leads += 1;
      const needed = enrichOptions?.neededFields ?? options.neededFields ?? defaultNeededFields;
      const companyKey = companyCacheKey(request);
      const personKey = personCacheKey(request);
      const keys = [companyKey, personKey].filter((key): key is string => key !== null);
      const cached = keys.length > 0 ? await cache.getMany(keys) : new Map<string, unknown>();
      const cachedCompany: CachedCompany | null = companyKey ? readCachedCompany(cached.get(companyKey)) : null;
      const cachedPerson: CachedPerson | null = personKey ? readCachedPerson(cached.get(personKey)) : null;

      const company: CompanyProfile = emptyCompanyProfile();
      const person: PersonFacts = {};
      const signals: IntentSignal[] = [];
      let provider: string | null = cachedCompany?.provider ?? cachedPerson?.provider ?? null;
      if (cachedCompany) {
        fillCompanyGaps(company, cachedCompany.company);
        appendSignals(signals, cachedCompany.signals);
      }
      if (cachedPerson) fillPersonGaps(person, cachedPerson.person);
      let missing = missingFields(company, person, needed);
      if (provider !== null && missing.length === 0) {
        totals.fromCache += 1;
        totals.enriched += 1;
        return { provider, company, person, signals, attempts: [], fromCache: true, missingFields: missing };
      }

      const attempts: EnrichmentAttempt[] = [];
      let pending: EnrichmentOutcome['pending'];
      let freshCompany = false;
      let freshPerson = false;
      for (const lane of lanes) {
        const { attempt, answer } = await runLane(lane, request);
        attempts.push(attempt);
        lane.stats.record(attempt);
        if (answer?.found === 'pending') {
          pending = { provider: lane.provider.slug, correlationId: answer.correlationId };
          break;
        }
        if (answer?.found !== true) continue;
        provider ??= lane.provider.slug;
        fillCompanyGaps(company, answer.company);
        fillPersonGaps(person, answer.person);
        appendSignals(signals, answer.signals);
        freshCompany ||= Object.keys(answer.company).length > 0;
        freshPerson ||= Object.keys(answer.person).length > 0;
        missing = missingFields(company, person, needed);
        if (missing.length === 0) break;
      }

      const writes: Promise<void>[] = [];
      // Copies, so a caller changing its outcome cannot change what later leads read from the cache.
      const stored: CachedCompany = {
        provider,
        company: { ...company, tags: [...company.tags] },
        signals: [...signals],
      };
      if (freshCompany && companyKey) writes.push(cache.set(companyKey, stored, companyTtlMs));
      if (freshPerson && personKey)
        writes.push(cache.set(personKey, { provider, person: { ...person } } satisfies CachedPerson, personTtlMs));
      if (writes.length > 0) await Promise.all(writes);

      const outcome: EnrichmentOutcome = {
        provider,
        company,
        person,
        signals,
        attempts,
        fromCache: false,
        missingFields: missing,
      };
      if (pending) {
        totals.pending += 1;
        outcome.pending = pending;
      }
      if (provider !== null) totals.enriched += 1;
      else if (!pending) {
        totals.skipped += 1;
        outcome.skippedReason =
          attempts.length === 0
            ? 'no enrichment provider is configured'
            : `no provider had data: ${attempts.map((item) => `${item.provider} ${item.result}`).join(', ')}`;
      }
      return outcome;
    },
    stats: () => ({ ...totals, providers: lanes.map((lane) => lane.stats.snapshot()) }),
  };
}
