import { getDomain } from 'tldts';

/**
 * The Organizational Domain of a host (RFC 7489 §3.2): the public suffix plus one label, from the Public
 * Suffix List shipped with `tldts` (`mail.outreach.example.co.uk` → `example.co.uk`). Falls back to the
 * host itself when it has no registrable domain (e.g. `localhost`).
 */
export function organizationalDomain(host: string): string {
  const normalised = host.trim().toLowerCase().replace(/\.$/, '');
  return getDomain(normalised, { allowPrivateDomains: false }) ?? normalised;
}
