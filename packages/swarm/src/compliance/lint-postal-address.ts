import type { TemplateLintFinding } from './template-lint-finding.js';

/** Shipped or typical placeholder text that is not a real address (cf. `config/craft-schema.ts` placeholders). */
const placeholderPattern =
  /placeholder|nowhere|your (?:postal |company |street )?address|\b(?:tbd|tba|todo|n\/a|lorem|ipsum)\b|x{3,}|\b123 main st/i;
/** Shorter than this cannot hold street/box, town and postcode. */
const minimumLength = 10;

/**
 * EM-1 / CAN-SPAM "valid physical postal address" (16 CFR 316.4(a)(5)(iii): a street address, a
 * registered post-office box or a private mailbox). A heuristic — no address database is consulted:
 * the setting must be non-empty, at least 10 characters, contain a digit (a street or box number or
 * a postcode; virtually every postal address has one) and not be placeholder text.
 */
export function lintPostalAddress(postalAddress: string): TemplateLintFinding[] {
  const address = postalAddress.trim();
  if (address === '') {
    return [
      {
        rule: 'postal_address_missing',
        message:
          'No sender postal address is set; set sender.postalAddress to your physical postal address (CAN-SPAM, EM-1).',
      },
    ];
  }
  const problems: string[] = [];
  if (address.length < minimumLength) problems.push('it is too short');
  if (!/\d/.test(address)) problems.push('it has no street/box number or postcode');
  if (placeholderPattern.test(address)) problems.push('it looks like placeholder text');
  if (/[\r\n]/.test(address)) problems.push('it spans several lines (use commas)');
  if (problems.length === 0) return [];
  return [
    {
      rule: 'postal_address_invalid',
      message: `sender.postalAddress "${address}" is not a valid postal address: ${problems.join(', ')}. Set the full street or PO box address with postcode (EM-1).`,
    },
  ];
}
