import { escapeHtml } from '../../defence/index.js';

/**
 * A small self-contained HTML page for the unsubscribe flow (EM-3). No script, no inline style and
 * no remote resource, so it renders under the server's CSP (AUTH-6). Every text is escaped.
 * `form` adds a plain `<form method="post">` posting back to the same URL.
 */
export function unsubscribePage(content: { title: string; message: string; form?: { button: string } }): string {
  const form = content.form
    ? `<form method="post"><input type="hidden" name="confirm" value="yes"><button type="submit">${escapeHtml(content.form.button)}</button></form>`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(content.title)}</title></head>`,
    `<body><main><h1>${escapeHtml(content.title)}</h1><p>${escapeHtml(content.message)}</p>${form}</main></body></html>`,
  ].join('\n');
}
