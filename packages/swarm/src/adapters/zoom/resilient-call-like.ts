/**
 * The slice of `ResilientCall` (guardrails/resilience `createResilientCall`: breaker → retry →
 * timeout, RES-1..RES-3) this adapter needs, declared structurally because adapters may not
 * import slices. The operation receives the attempt's AbortSignal and must pass it to fetch.
 */
export type ZoomResilientCall = <T>(
  operation: (signal: AbortSignal) => Promise<T>,
  options?: { idempotent?: boolean; signal?: AbortSignal },
) => Promise<T>;
