import type { z } from 'zod';
import { CaioError } from '../domain/errors.js';

/** Why a model answer was refused: not JSON at all, or JSON that does not match the schema. */
export type ModelOutputProblem = 'not_json' | 'schema_mismatch' | 'too_large';

/** Longest answer parsed, in UTF-16 code units (64 Ki); longer answers are refused unread. */
const maximumOutputLength = 65_536;
/** A whole answer wrapped in one Markdown code fence, as chat models often do. */
const wholeFencePattern = /^```(?:json)?[ \t]*\n([^]*)\n```$/;

function refuse(problem: ModelOutputProblem, message: string, issues?: readonly string[]): never {
  throw new CaioError('input_invalid', `${message} (specs/security.md INJ-4); the step's input goes to human review.`, {
    details: { problem, ...(issues ? { issues } : {}) },
  });
}

/**
 * Parses a model answer against a zod schema and returns the whole value or nothing (specs/security.md
 * INJ-4: "model output is parsed against a JSON schema and rejected on mismatch"). Accepts exactly one
 * JSON value, optionally wrapped as a whole in a ```json fence; prose around it is refused, never
 * scavenged, so text the model was tricked into adding cannot smuggle fields in. Use strict object
 * schemas (`z.strictObject`) so unexpected keys — an injected `to` or `cc` — are refused too.
 *
 * @throws CaioError `input_invalid` with `details.problem` `not_json`, `schema_mismatch` (plus
 *   `details.issues`: paths and messages, no values) or `too_large` (> 65,536 characters).
 */
export function parseModelOutput<Schema extends z.ZodType>(schema: Schema, text: string): z.output<Schema> {
  if (text.length > maximumOutputLength) refuse('too_large', 'The model answer is longer than 64 Ki characters');
  const trimmed = text.trim();
  const body = wholeFencePattern.exec(trimmed)?.[1] ?? trimmed;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    refuse('not_json', 'The model answer is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    refuse('schema_mismatch', 'The model answer does not match its JSON schema', issues);
  }
  return parsed.data;
}
