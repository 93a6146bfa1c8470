import type { z } from 'zod';
import { CaioError } from '../../domain/errors.js';

/**
 * Validates a 2xx HighLevel body against `schema` (STYLE.md §5: lenient, fields we read).
 *
 * @throws CaioError `vendor_error` with `details.malformed` (trips the breaker like a 5xx, RES-1)
 *   naming the endpoint, when the body does not fit.
 */
export function parseGoHighLevelResponse<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  endpoint: string,
): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new CaioError('vendor_error', `GoHighLevel ${endpoint} returned an unexpected shape: ${parsed.error.message}`, {
    details: { malformed: true, vendor: 'GoHighLevel', endpoint },
  });
}
