import type { Context } from 'hono';
import type { z } from 'zod';
import { CaioError } from '../domain/errors.js';

/** Where an input came from; it prefixes the field name in error messages (`body.reason`). */
export type InputSource = 'body' | 'query' | 'path';

/**
 * Validates untrusted input with zod (ARCHITECTURE.md: zod at every boundary).
 *
 * @throws CaioError `input_invalid` (HTTP 400) naming the first invalid field, e.g. `body.scores.tone`,
 *   with `details.field` set to that name.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  source: InputSource,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [source, ...(issue?.path ?? []).map(String)].join('.');
  throw new CaioError('input_invalid', `${field}: ${issue?.message ?? 'invalid'}`, { details: { field } });
}

/**
 * Reads a JSON request body; an empty body reads as `{}`.
 * @throws CaioError `input_invalid` when the body is not valid JSON.
 */
export async function readJsonBody(context: Context): Promise<unknown> {
  const text = await context.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CaioError(
      'input_invalid',
      'body: not valid JSON; send Content-Type: application/json with a JSON object.',
      {
        details: { field: 'body' },
      },
    );
  }
}
