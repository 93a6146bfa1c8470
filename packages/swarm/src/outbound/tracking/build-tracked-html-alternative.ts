import { escapeHtml } from '../../defence/index.js';
import { findPlainTextLinks } from './find-plain-text-links.js';

/**
 * The HTML alternative that carries the open pixel (SPEC §4). Our messages are `text/plain`, and a
 * plain-text part cannot load an image, so open tracking needs a `text/html` sibling in a
 * `multipart/alternative` (RFC 2046 §5.1.4): the renderer passes this as the message's `html`
 * next to the unchanged `text`.
 *
 * The HTML shows the same text: every character escaped (INJ-8), line breaks kept with a
 * `white-space: pre-wrap` block, http(s) links made clickable (their escaped text is also their
 * `href`, so a link goes exactly where the plain-text part says), and a 1×1 image at the end whose
 * `src` is `pixelUrl` — our own `/t/o/{token}` URL, never a URL from untrusted or LLM text (INJ-6,
 * AUTH-6). No script, no external stylesheet.
 *
 * @param text the final plain-text body (after click tracking, if any).
 * @param pixelUrl the URL from `openPixelUrl`.
 */
export function buildTrackedHtmlAlternative(text: string, pixelUrl: string): string {
  let body = '';
  let position = 0;
  for (const link of findPlainTextLinks(text)) {
    const href = escapeHtml(link.url);
    body += `${escapeHtml(text.slice(position, link.start))}<a href="${href}">${href}</a>`;
    position = link.end;
  }
  body += escapeHtml(text.slice(position));
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body>',
    `<div style="white-space:pre-wrap;font-family:inherit">${body}</div>`,
    `<img src="${escapeHtml(pixelUrl)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`,
    '</body></html>',
    '',
  ].join('\n');
}
