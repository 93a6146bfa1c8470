export { resilienceDefaults } from './resilience-defaults.js';
export { systemTimer, sleepOn, type Timer, type TimerHandle } from './timer.js';
export { classifyError, failureKindOf, type FailureKind } from './classify-error.js';
export {
  createCircuitBreaker,
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitBreakerCounters,
  type BreakerAlert,
  type BreakerStateName,
} from './circuit-breaker.js';
export { createInMemoryBreakerStateStore } from './in-memory-breaker-state-store.js';
export { loadCircuitBreaker, type PersistentCircuitBreakerOptions } from './load-circuit-breaker.js';
export { withTimeout, type TimeoutOptions } from './with-timeout.js';
export { computeRetryDelayMs, type BackoffShape } from './compute-retry-delay.js';
export { withRetry, type RetryOptions, type RetryEvent } from './with-retry.js';
export {
  createResilientCall,
  type ResiliencePolicy,
  type ResilientCall,
  type ResilientCallOptions,
} from './create-resilient-call.js';
export { withResilience, type EnrichmentResiliencePolicy } from './with-resilience.js';
