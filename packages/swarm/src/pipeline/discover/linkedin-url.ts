/**
 * A LinkedIn profile URL in the one spelling leads store (SPEC §3.1 dedups on it): trimmed, query string
 * and fragment removed (tracking parameters such as `?trk=` differ between exports of one profile),
 * trailing slashes removed, and `https://` added when the scheme is missing. Case is kept; the dedup key
 * lower-cases it. Returns `null` for an empty value.
 *
 * @example normaliseLinkedinUrl(' https://www.linkedin.com/in/jane-doe/?trk=x ') // 'https://www.linkedin.com/in/jane-doe'
 */
export function normaliseLinkedinUrl(value: string | null): string | null {
  if (value === null) return null;
  let text = value.trim();
  const cutAt = text.search(/[?#]/);
  if (cutAt !== -1) text = text.slice(0, cutAt);
  text = text.replace(/\/+$/, '');
  if (text === '') return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
}

/**
 * Why a normalised LinkedIn URL is unusable, or `null` when it is an http(s) URL with a dotted host and
 * no spaces. Placeholders such as `n/a` or `-` fail here rather than becoming a dedup key.
 */
export function linkedinUrlProblem(url: string): string | null {
  if (/\s/.test(url)) return 'it contains a space';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'it is not an http(s) URL';
  if (!parsed.hostname.includes('.')) return 'its host name has no dot';
  return null;
}
