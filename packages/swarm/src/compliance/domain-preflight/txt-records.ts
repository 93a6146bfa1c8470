import type { DnsResolver } from '../../ports/dns-resolver.js';

/**
 * TXT records at `name` with each record's character-strings joined without a separator (RFC 7208
 * §3.3, RFC 6376 §3.6.2.2, RFC 7489 §6.6.3), keeping only those whose tag `prefix` matches
 * case-insensitively (e.g. `v=spf1` followed by a space or the end).
 */
export async function txtRecordsWithPrefix(resolver: DnsResolver, name: string, prefix: RegExp): Promise<string[]> {
  const records = await resolver.resolveTxt(name);
  return records.map((strings) => strings.join('')).filter((text) => prefix.test(text.trim()));
}

/** The message of an error thrown by a DNS look-up, for a check's `fail` text. */
export function dnsFailureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
