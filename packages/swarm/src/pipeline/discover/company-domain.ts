import { freeMailDomains } from './free-mail-domains.js';

// Any scheme, including misspelled ones seen in real exports (`htp://`, `http:/`), or `http`/`https`
// whose colon was lost (`https//`).
const schemePrefix = /^(?:[a-z][a-z0-9+.-]*:\/+|https?\/\/+)/;
const hostLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const topLevelDomain = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The host name in a website or domain value, or `null` when none is usable. Lenient with what exports
 * contain: with or without scheme, misspelled schemes (`htp://www.x.com`), paths, ports, user info,
 * upper case, a trailing dot; several URLs in one field (`"https://a.io, https://b.com"`) → the first
 * usable one. A leading `www.` is dropped. Placeholders such as `http://` or `http://url` (no dot) give
 * `null`. IP addresses give `null` (not a company domain). Internationalised names come back in
 * punycode (`xn--…`), as WHATWG URL parsing produces them.
 *
 * Not reduced to the registrable apex: that needs the Public Suffix List (`shop.example.co.uk`).
 */
export function hostFromWebAddress(value: string): string | null {
  for (const piece of value.split(/[\s,;|]+/)) {
    const host = hostOfPiece(piece);
    if (host !== null) return host;
  }
  return null;
}

// A value that is already a bare ASCII host needs no URL parsing (most domain columns): a fast path.
const bareHost = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/;

function hostOfPiece(piece: string): string | null {
  const lowered = piece.toLowerCase();
  let hostname: string;
  if (bareHost.test(lowered)) {
    hostname = lowered;
  } else {
    const withoutScheme = lowered.replace(schemePrefix, '').replace(/^\/+/, '');
    if (withoutScheme === '') return null;
    try {
      hostname = new URL(`http://${withoutScheme}`).hostname;
    } catch {
      return null;
    }
  }
  hostname = hostname.replace(/\.$/, '').replace(/^www\d*\./, '');
  const labels = hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => hostLabel.test(label))) return null;
  if (!topLevelDomain.test(labels[labels.length - 1] as string)) return null;
  return hostname;
}

/** Where the company domain of a lead may come from, in the order they are tried. */
export interface CompanyDomainInputs {
  /** A `domain` / `company_domain` column value. */
  domain: string | null;
  /** A `website` column value (URL or bare host). */
  website: string | null;
  /** The lead's resolved, already validated recipient email. */
  email: string | null;
}

/**
 * The lead's company domain (SPEC §3.1 "derive the company domain from website URL or email"): the
 * domain column, else the website, else the email's domain unless it is a consumer mailbox provider
 * ({@link freeMailDomains}). Lower-case, no scheme, no `www.`, no path or port; `null` if none is usable.
 */
export function deriveCompanyDomain(inputs: CompanyDomainInputs): string | null {
  const fromColumns =
    (inputs.domain === null ? null : hostFromWebAddress(inputs.domain)) ??
    (inputs.website === null ? null : hostFromWebAddress(inputs.website));
  if (fromColumns !== null) return fromColumns;
  if (inputs.email === null) return null;
  const emailDomain = inputs.email.slice(inputs.email.lastIndexOf('@') + 1);
  if (freeMailDomains.has(emailDomain)) return null;
  return hostFromWebAddress(emailDomain);
}
