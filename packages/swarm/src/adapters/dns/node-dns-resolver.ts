import { Resolver } from 'node:dns/promises';
import { CaioError } from '../../domain/errors.js';
import type { DnsResolver } from '../../ports/dns-resolver.js';

/** The slice of `node:dns/promises`' `Resolver` this adapter uses (a test can pass a plain object). */
export interface TxtResolverLike {
  resolveTxt(name: string): Promise<string[][]>;
}

/** Options for {@link createNodeDnsResolver}. */
export interface NodeDnsResolverOptions {
  /** Resolver addresses (`1.1.1.1`, `[::1]:5353`); default: the system's (`/etc/resolv.conf`). */
  servers?: readonly string[];
  /** Per-query timeout in milliseconds; default 5000. */
  timeoutMs?: number;
  /** Attempts per query before giving up; default 2. */
  tries?: number;
  /** Replaces the Node resolver (tests). */
  resolver?: TxtResolverLike;
}

/** Node's c-ares codes that mean "the name has no TXT record": an answer, not a failure. */
const noRecordCodes = new Set(['ENOTFOUND', 'ENODATA']);

/**
 * A {@link DnsResolver} on `node:dns/promises` (c-ares, so it queries DNS servers directly rather than
 * through `getaddrinfo`). ENOTFOUND/ENODATA become `[]`; ETIMEOUT becomes CaioError `timeout`; any other
 * failure (SERVFAIL, ECONNREFUSED, …) becomes a retryable `vendor_error` naming the query.
 *
 * @example
 *   const dns = createNodeDnsResolver({ timeoutMs: 3000 });
 *   await dns.resolveTxt('_dmarc.example.com'); // [['v=DMARC1; p=reject']]
 */
export function createNodeDnsResolver(options: NodeDnsResolverOptions = {}): DnsResolver {
  const resolver = options.resolver ?? buildResolver(options);
  return {
    async resolveTxt(name) {
      try {
        return await resolver.resolveTxt(name);
      } catch (error) {
        if (noRecordCodes.has(dnsErrorCode(error))) return [];
        throw mapDnsError(error, name);
      }
    },
  };
}

function buildResolver(options: NodeDnsResolverOptions): TxtResolverLike {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5000, tries: options.tries ?? 2 });
  if (options.servers && options.servers.length > 0) resolver.setServers([...options.servers]);
  return resolver;
}

function dnsErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNKNOWN';
}

/** Maps a `node:dns` failure that is not "no record" to a {@link CaioError}. */
function mapDnsError(error: unknown, name: string): CaioError {
  const code = dnsErrorCode(error);
  if (code === 'ETIMEOUT') {
    return new CaioError('timeout', `DNS query for TXT ${name} timed out; check the resolver or retry.`, {
      cause: error,
    });
  }
  return new CaioError('vendor_error', `DNS query for TXT ${name} failed (${code}); check the resolver or retry.`, {
    cause: error,
    details: { dnsCode: code },
  });
}
