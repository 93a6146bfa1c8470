import { convert } from 'html-to-text';

/** html-to-text settings: no wrapping, no link targets or images, so only what a reader sees remains. */
const conversionOptions = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
  limits: { maxInputLength: 2_000_000 },
};

/**
 * Converts hostile HTML to plain text without rendering it (threading spec §2.6): tags removed, entities
 * decoded, links reduced to their text, blank-line runs collapsed. Never fetches anything.
 */
export function htmlToPlainText(html: string): string {
  const text = convert(html, conversionOptions);
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
