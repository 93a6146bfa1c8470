import { detectPii } from './detect-pii.js';
import type { PiiType } from './pii-type.js';

/** Redacted text plus the placeholder → original value map needed to re-hydrate it internally. */
export interface TokenizedText {
  text: string;
  /** `<EMAIL_1>` → `jane@example.com`. Holds raw PII: keep it in memory or the secret store only (PII-5). */
  valuesByPlaceholder: Map<string, string>;
}

/** Same value, same placeholder: emails compare case-insensitively, everything else exactly. */
function identityOf(type: PiiType, value: string): string {
  return `${type}\u0000${type === 'EMAIL' ? value.toLowerCase() : value}`;
}

/**
 * Replaces every PII finding with a type-tagged placeholder `<{TYPE}_{n}>`, numbered per type in order
 * of first appearance; a repeated value gets the same placeholder (specs/security.md PII-2). Also
 * returns the map to re-hydrate replies internally with {@link rehydratePii}.
 */
export function tokenizePii(text: string): TokenizedText {
  const placeholderByIdentity = new Map<string, string>();
  const countByType = new Map<PiiType, number>();
  const valuesByPlaceholder = new Map<string, string>();
  let output = '';
  let cursor = 0;
  for (const match of detectPii(text)) {
    const identity = identityOf(match.type, match.value);
    let placeholder = placeholderByIdentity.get(identity);
    if (placeholder === undefined) {
      const count = (countByType.get(match.type) ?? 0) + 1;
      countByType.set(match.type, count);
      placeholder = `<${match.type}_${count}>`;
      placeholderByIdentity.set(identity, placeholder);
      valuesByPlaceholder.set(placeholder, match.value);
    }
    output += text.slice(cursor, match.start) + placeholder;
    cursor = match.end;
  }
  return { text: output + text.slice(cursor), valuesByPlaceholder };
}

/** Puts the original values back into text produced from {@link tokenizePii} output (internal use only). */
export function rehydratePii(text: string, valuesByPlaceholder: ReadonlyMap<string, string>): string {
  return text.replace(
    /<(?:EMAIL|PHONE|US_SSN|CREDIT_CARD|IBAN|API_KEY|PASSWORD|IP_ADDRESS)_\d{1,6}>/g,
    (placeholder) => valuesByPlaceholder.get(placeholder) ?? placeholder,
  );
}
