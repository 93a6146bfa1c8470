import { tokenizePii } from './tokenize-pii.js';

/**
 * Returns `text` with every PII finding replaced by a type-tagged placeholder such as `<EMAIL_1>` or
 * `<PHONE_2>`: numbered per type in order of appearance, the same value always getting the same
 * placeholder (specs/security.md PII-2). Use before text reaches logs, the audit trail, Slack
 * alerts, error trackers or an LLM prompt that does not need the value. Never throws.
 *
 * @example
 * redactPii('jane@example.com wrote to bob@example.org and jane@example.com')
 * // → '<EMAIL_1> wrote to <EMAIL_2> and <EMAIL_1>'
 */
export function redactPii(text: string): string {
  return tokenizePii(text).text;
}
