/** One link or image taken out of generated text; the host only, because URLs can carry PII in queries. */
export interface RemovedLink {
  kind: 'link' | 'image';
  /** Lower-case host, or `null` for a relative, `javascript:`, `data:`, `mailto:` or unparsable target. */
  host: string | null;
}

/** Generated text with off-allowlist links and images removed, and whether a human must look at it. */
export interface FilteredLinks {
  text: string;
  removed: RemovedLink[];
  /** True when anything was removed: the draft goes to review (INJ-6), it is not sent as is. */
  needsReview: boolean;
}

// One pass, alternatives in priority order: Markdown image, Markdown link, HTML <img>, HTML <a>, bare URL.
// Every quantifier is bounded or over a class that cannot overlap its terminator: linear time (PII-4 spirit).
const linkPattern = new RegExp(
  [
    String.raw`!\[([^\]\n]{0,1000})\]\(\s*([^)\s]{0,2048})(?:\s+"[^"\n]{0,300}")?\s*\)`,
    String.raw`\[([^\]\n]{0,1000})\]\(\s*([^)\s]{0,2048})(?:\s+"[^"\n]{0,300}")?\s*\)`,
    String.raw`<img\b[^>]{0,2048}>`,
    String.raw`<a\b([^>]{0,2048})>([^<]{0,2000})<\/a\s*>`,
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>()"'\[\]{}]{1,2048}`,
  ].join('|'),
  'gi',
);
const attributePattern = /\b(?:href|src)\s*=\s*(?:"([^"]{0,2048})"|'([^']{0,2048})'|([^\s>]{1,2048}))/i;
const trailingPunctuationPattern = /[.,;:!?]+$/;

/** The lower-case host of an absolute http(s) URL (a `www.` start counts as https), else `null`. */
function hostOf(target: string): string | null {
  const absolute = /^www\./i.test(target) ? `https://${target}` : target;
  try {
    const url = new URL(absolute);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

function isAllowed(host: string | null, allowlist: readonly string[]): boolean {
  if (host === null) return false;
  return allowlist.some((domain) => {
    const allowed = domain.toLowerCase().replace(/^\.+|\.+$/g, '');
    return allowed !== '' && (host === allowed || host.endsWith(`.${allowed}`));
  });
}

/**
 * Egress control for generated or untrusted text (specs/security.md INJ-6, OWASP LLM05/LLM02): every
 * link or image whose host is not an allowlisted domain (or a subdomain of one) is taken out —
 * Markdown `[text](url)` and HTML `<a href>…</a>` keep their visible text, images (`![alt](url)`,
 * `<img>`) disappear, bare URLs become `[link removed]`. Non-http(s) targets (`javascript:`, `data:`,
 * `mailto:`, relative) are always removed. Removing anything sets `needsReview`, so the draft is
 * routed to a human instead of being sent (INJ-6). Linear time.
 *
 * @param allowlist bare domains such as `example.com`; `sub.example.com` matches `example.com`.
 */
export function filterOutputLinks(text: string, allowlist: readonly string[]): FilteredLinks {
  const removed: RemovedLink[] = [];
  const filtered = text.replace(linkPattern, (whole: string, ...groups: (string | undefined)[]) => {
    const [imageAlt, imageTarget, linkText, linkTarget, anchorAttributes, anchorText] = groups;
    if (imageTarget !== undefined || /^<img\b/i.test(whole)) {
      const target = imageTarget ?? attributeValue(whole);
      const host = hostOf(target);
      if (isAllowed(host, allowlist)) return whole;
      removed.push({ kind: 'image', host });
      return imageAlt ? `[image removed: ${imageAlt}]` : '[image removed]';
    }
    if (linkTarget !== undefined) return keepOrStrip(whole, linkTarget, linkText ?? '');
    if (anchorAttributes !== undefined) return keepOrStrip(whole, attributeValue(anchorAttributes), anchorText ?? '');
    // A bare URL: sentence punctuation after it is prose, not part of the address.
    const punctuation = trailingPunctuationPattern.exec(whole)?.[0] ?? '';
    const url = whole.slice(0, whole.length - punctuation.length);
    return keepOrStrip(url, url, '[link removed]') + punctuation;
  });
  return { text: filtered, removed, needsReview: removed.length > 0 };

  function keepOrStrip(whole: string, target: string, replacement: string): string {
    const host = hostOf(target);
    if (isAllowed(host, allowlist)) return whole;
    removed.push({ kind: 'link', host });
    return replacement;
  }
}

function attributeValue(attributes: string): string {
  const match = attributePattern.exec(attributes);
  return match?.[1] ?? match?.[2] ?? match?.[3] ?? '';
}
