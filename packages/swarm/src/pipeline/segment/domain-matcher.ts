/**
 * Apex-and-subdomain matching for exclusion lists (SPEC §3.3 "customer domains matching the apex and every
 * subdomain"; reused by the outbound send policy, SPEC §3.7). `example.com` matches `example.com`,
 * `mail.example.com` and `a.b.example.com`, never a look-alike such as `notexample.com` or
 * `example.com.evil.test`.
 */
export interface DomainMatcher {
  /** The listed domain that `host` equals or sits under, or null. `host` may be a bare host, URL or email. */
  match(host: string | null | undefined): string | null;
  /** Number of distinct listed domains. */
  readonly size: number;
}

const canonicalHost = /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * Canonical form of a domain-like value: lower-case host without scheme, credentials, port, path,
 * trailing dot, leading `*.`/`.` or `www.`; an email yields its domain. Null when nothing usable is left.
 */
export function normaliseDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  // Most values are already canonical hosts; one regex test saves the full clean-up below.
  if (canonicalHost.test(value)) return value;
  let host = value.trim().toLowerCase();
  const atSign = host.lastIndexOf('@');
  if (atSign >= 0) host = host.slice(atSign + 1);
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/)[0] ?? '';
  host = host.replace(/:\d*$/, '').replace(/\.+$/, '');
  host = host.replace(/^(\*\.|\.)+/, '').replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : null;
}

/** True when `host` is `apex` or any subdomain of it (label-aligned, so `notexample.com` ≠ `example.com`). */
export function isDomainOrSubdomain(host: string, apex: string): boolean {
  const normalisedHost = normaliseDomain(host);
  const normalisedApex = normaliseDomain(apex);
  if (normalisedHost === null || normalisedApex === null) return false;
  return normalisedHost === normalisedApex || normalisedHost.endsWith(`.${normalisedApex}`);
}

/**
 * Builds a matcher over a list of domains (invalid entries are ignored). Lookup walks the host's parent
 * domains, so it costs one set probe per label however long the list is.
 */
export function createDomainMatcher(domains: Iterable<string>): DomainMatcher {
  const listed = new Set<string>();
  for (const domain of domains) {
    const normalised = normaliseDomain(domain);
    if (normalised !== null) listed.add(normalised);
  }
  return {
    size: listed.size,
    match(host) {
      if (listed.size === 0) return null;
      let candidate = normaliseDomain(host);
      while (candidate) {
        if (listed.has(candidate)) return candidate;
        const dot = candidate.indexOf('.');
        candidate = dot < 0 ? null : candidate.slice(dot + 1);
      }
      return null;
    },
  };
}
