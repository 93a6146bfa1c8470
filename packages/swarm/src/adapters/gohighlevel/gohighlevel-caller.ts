import { CaioError } from '../../domain/errors.js';
import type { GoHighLevelEndpoint } from './request-gohighlevel.js';

/** One call's endpoint part: Version, method, path, query and body. */
export type GoHighLevelCall = GoHighLevelEndpoint;

/**
 * Runs one call through the resilient call with the client's credentials; `idempotent` decides
 * whether it may be retried (RES-3). Returns the parsed 2xx body.
 */
export type GoHighLevelCaller = (call: GoHighLevelCall, idempotent: boolean, signal?: AbortSignal) => Promise<unknown>;

/**
 * Trims a required id or address.
 *
 * @throws CaioError `input_invalid` naming `field` when it is blank (no call is made).
 */
export function requireGoHighLevelText(value: string, field: string): string {
  if (!value.trim()) {
    throw new CaioError('input_invalid', `GoHighLevel needs a non-empty ${field}.`, { details: { field } });
  }
  return value.trim();
}
