import { getDomain } from 'tldts';

/**
 * The lookup keys of a company domain or URL: the host without scheme, path, port or `www.`,
 * and its registrable apex by the Public Suffix List (`app.foo.co.uk` → `foo.co.uk`; null when
 * the host already is the apex). Returns an empty host when nothing usable is left.
 */
export function companyDomainKeys(value: string): { host: string; apex: string | null } {
  const withoutScheme = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const host = (withoutScheme.split(/[/?#:,\s]/)[0] ?? '').replace(/^www\./, '').replace(/\.$/, '');
  if (!host.includes('.')) return { host: '', apex: null };
  const apex = getDomain(host);
  return { host, apex: apex && apex !== host ? apex : null };
}
