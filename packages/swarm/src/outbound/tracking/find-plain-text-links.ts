/** One http(s) link found in plain text: its exact text and where it starts. */
export interface PlainTextLink {
  url: string;
  start: number;
  end: number;
}

/** A candidate link: scheme, then anything up to whitespace or a character that cannot end a bare URL in prose. */
const candidate = /https?:\/\/[^\s<>"'`]+/gi;
/** Sentence punctuation that follows a link in prose but is almost never part of it. */
const trailingPunctuation = /[.,;:!?\]}]+$/;

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Drops trailing punctuation and an unbalanced closing parenthesis: `(see https://example.com/a).` → `…/a`. */
function trimLink(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(trailingPunctuation, '');
    if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

/**
 * The http(s) links of a plain-text email body, in order, as a mail client would linkify them:
 * a link ends at whitespace, `<`, `>` or a quote; trailing sentence punctuation and an unbalanced `)`
 * are not part of it. `mailto:` and other schemes are never returned. Linear time.
 */
export function findPlainTextLinks(text: string): PlainTextLink[] {
  const links: PlainTextLink[] = [];
  for (const match of text.matchAll(candidate)) {
    const url = trimLink(match[0]);
    if (!/^https?:\/\/[^/?#]+/i.test(url)) continue;
    links.push({ url, start: match.index, end: match.index + url.length });
  }
  return links;
}
