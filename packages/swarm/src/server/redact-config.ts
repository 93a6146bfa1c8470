/** Key names whose values are secrets or secret-derived (tokens, keys, hashes, connection strings). */
const secretKeyPattern = /secret|token|password|apikey|api_key|sha256|databaseurl|credential|private/i;

/** The marker that replaces a redacted value. */
export const redactedValue = '[redacted]';

/**
 * A deep copy of a configuration with every secret-looking key's value replaced by `[redacted]`
 * (SPEC §14 `GET /api/config`). Keys are matched by name, so a new secret key named like one is
 * hidden without a code change.
 */
export function redactConfig(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactConfig);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] =
      secretKeyPattern.test(key) && child !== undefined && child !== null ? redactedValue : redactConfig(child);
  }
  return copy;
}
