/**
 * How a sent email is found again (reconciliation, RES-3). HighLevel's send call takes no custom
 * header, external id or Message-ID, so our Message-ID travels inside the HTML body as an HTML
 * comment, invisible to the reader: `<!-- caio-message-id: %3Cid%40example.com%3E -->`. The id is
 * percent-encoded (including `-`) so it can never close the comment early.
 */
export function goHighLevelMessageMarker(messageId: string): string {
  return `<!-- caio-message-id: ${encodeURIComponent(messageId).replaceAll('-', '%2D')} -->`;
}

const anyMarker = /<!-- caio-message-id: [^\s]+ -->/;

/** True when `body` carries some CAIO marker (ours or another send's). */
export function hasAnyGoHighLevelMarker(body: string): boolean {
  return anyMarker.test(body);
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function visibleText(body: string): string {
  return body
    .replaceAll(/<!--[\s\S]*?-->/g, ' ')
    .replaceAll(/<br\s*\/?>|<\/p>/gi, ' ')
    .replaceAll(/<[^>]+>/g, '')
    .replaceAll(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replaceAll(/\s+/g, ' ')
    .trim();
}

/**
 * Fallback match for a body whose HTML comments were stripped: the visible text starts with the
 * first 160 characters of our plain-text body (whitespace collapsed). Used only when no marker at
 * all survives in the stored body.
 */
export function bodyShowsText(body: string, text: string): boolean {
  const expected = text.replaceAll(/\s+/g, ' ').trim().slice(0, 160);
  return expected.length > 0 && visibleText(body).includes(expected);
}
