import { goHighLevelMessageMarker } from './gohighlevel-message-marker.js';

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Turns the approved plain-text body into the HTML HighLevel sends: text escaped, blank-line
 * separated paragraphs as `<p>`, single line breaks as `<br>`, and our Message-ID marker appended
 * (see `goHighLevelMessageMarker`) so reconciliation can find the email again.
 *
 * @example renderGoHighLevelEmailHtml('Hi Ada,\n\nThanks.', '<a1@example.com>')
 * // '<p>Hi Ada,</p>\n<p>Thanks.</p>\n<!-- caio-message-id: %3Ca1%40example.com%3E -->'
 */
export function renderGoHighLevelEmailHtml(text: string, messageId: string): string {
  const paragraphs = text
    .replaceAll('\r\n', '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(
      (paragraph) =>
        `<p>${paragraph.replaceAll(/[&<>"']/g, (character) => escapes[character] ?? character).replaceAll('\n', '<br>')}</p>`,
    );
  return [...paragraphs, goHighLevelMessageMarker(messageId)].join('\n');
}
