import { findPlainTextLinks } from './find-plain-text-links.js';
import { isTrackableUrl } from './tracking-claims.js';
import { clickRedirectUrl, trimBaseUrl, type TrackingLinkSettings } from './tracking-urls.js';

/**
 * True for links that must reach the recipient untouched: the unsubscribe link (a `/u/` path
 * segment, EM-1/EM-3 — an opt-out must never depend on the tracker, and the List-Unsubscribe header
 * must match the body), and links that already point at our own `/t/` routes (rewriting is idempotent).
 */
function keepAsIs(url: string, baseUrl: string): boolean {
  if (url.startsWith(`${baseUrl}/t/`)) return true;
  return /\/u\//.test(new URL(url).pathname);
}

/**
 * Rewrites every http(s) link of a plain-text body to `{baseUrl}/t/c/{token}`, where the token binds
 * the exact original URL (SPEC §4 click redirect), so the redirect can only ever lead where the
 * email already pointed. Left unchanged: the unsubscribe link (`/u/…`), `mailto:` and other
 * non-http schemes, links already on `{baseUrl}/t/`, and anything that is not a valid URL.
 * Everything else in the text is kept byte for byte. Off unless `tracking.clicks` is set.
 *
 * @example applyClickTracking('Case study: https://example.com/case.', { baseUrl, secret, outboxId })
 *   // 'Case study: https://track.example.com/t/c/AQ….'
 * @throws CaioError `config_invalid` for a secret under 16 bytes.
 */
export function applyClickTracking(text: string, settings: TrackingLinkSettings): string {
  const baseUrl = trimBaseUrl(settings.baseUrl);
  let result = '';
  let position = 0;
  for (const link of findPlainTextLinks(text)) {
    if (!isTrackableUrl(link.url) || keepAsIs(link.url, baseUrl)) continue;
    result += text.slice(position, link.start) + clickRedirectUrl(settings, link.url);
    position = link.end;
  }
  return result + text.slice(position);
}
