import { CaioError } from '../domain/errors.js';

/** Request fields through which a model could be handed tools (AI SDK and provider names). */
const toolFields = ['tools', 'toolChoice', 'activeTools', 'functions', 'tool_choice'] as const;

function isEmptyToolValue(value: unknown): boolean {
  if (value === undefined || value === null || value === 'none') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * Refuses a classification request that carries tools (specs/security.md INJ-4: "the
 * reply-classification step has no tools"), so a reply that talks the model into a tool call has no
 * tool to call. Checks `tools`, `toolChoice`, `activeTools`, `functions` and `tool_choice`; absent,
 * empty or `'none'` passes. The `LanguageModel` port has no tools field, so this guards requests
 * built for an SDK directly and loosely typed objects.
 *
 * @throws CaioError `policy_refused` naming the offending field.
 */
export function assertNoToolsForClassification(request: object): void {
  const fields = request as Readonly<Record<string, unknown>>;
  for (const field of toolFields) {
    if (!isEmptyToolValue(fields[field])) {
      throw new CaioError(
        'policy_refused',
        `A classification request may not carry tools, but "${field}" is set; remove it (specs/security.md INJ-4).`,
        { retryable: false, details: { field } },
      );
    }
  }
}
