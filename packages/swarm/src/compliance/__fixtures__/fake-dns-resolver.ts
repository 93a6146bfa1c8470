import { generateKeyPairSync } from 'node:crypto';
import type { DnsResolver } from '../../ports/dns-resolver.js';

/**
 * An in-memory {@link DnsResolver} for preflight tests: `records` maps a name to its TXT records, each
 * a string or its character-strings. Unknown names answer `[]` (as ENOTFOUND does); names in `failing`
 * throw. `queries` records every name asked, in order.
 */
export function fakeDnsResolver(
  records: Record<string, readonly (string | readonly string[])[]>,
  failing: readonly string[] = [],
): DnsResolver & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async resolveTxt(name) {
      queries.push(name);
      if (failing.includes(name)) throw new Error(`SERVFAIL for ${name}`);
      return (records[name] ?? []).map((record) => (typeof record === 'string' ? [record] : [...record]));
    },
  };
}

/** A base64 SubjectPublicKeyInfo RSA key of `bits` bits, for `p=` in DKIM records. */
export function rsaPublicKeyBase64(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
}
