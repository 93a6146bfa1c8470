/**
 * The one error family (STYLE.md §6). Every error the product raises on purpose carries a stable
 * `code`, a message that says what to do, an optional `cause`, and `isRetryable` derived from facts.
 * Use the guard functions below rather than `instanceof` across package boundaries.
 */
export type CaioErrorCode =
  | 'config_invalid'
  | 'config_placeholder'
  | 'input_invalid'
  | 'not_found'
  | 'conflict'
  | 'permission_denied'
  | 'policy_refused'
  | 'emergency_stop'
  | 'circuit_open'
  | 'timeout'
  | 'rate_limited'
  | 'vendor_error'
  | 'database_locked'
  | 'internal';

const retryableCodes: ReadonlySet<CaioErrorCode> = new Set(['timeout', 'rate_limited', 'vendor_error']);

export interface CaioErrorOptions {
  cause?: unknown;
  /** Overrides the default derived from the code (e.g. a vendor 4xx is a `vendor_error` that must not retry). */
  retryable?: boolean;
  /** For `rate_limited`: how long the caller should wait, in milliseconds. */
  retryAfterMs?: number;
  details?: Readonly<Record<string, unknown>>;
}

export class CaioError extends Error {
  readonly code: CaioErrorCode;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly details: Readonly<Record<string, unknown>>;
  readonly isCaioError = true;

  constructor(code: CaioErrorCode, message: string, options: CaioErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CaioError';
    this.code = code;
    this.isRetryable = options.retryable ?? retryableCodes.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.details = options.details ?? {};
  }
}

/** True for any error raised through {@link CaioError}, even from another copy of this package. */
export function isCaioError(value: unknown): value is CaioError {
  return typeof value === 'object' && value !== null && (value as { isCaioError?: unknown }).isCaioError === true;
}

/** True when `value` is a {@link CaioError} with the given code. */
export function hasErrorCode(value: unknown, code: CaioErrorCode): value is CaioError {
  return isCaioError(value) && value.code === code;
}
