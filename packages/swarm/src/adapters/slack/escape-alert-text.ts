/**
 * Escapes Slack's three control characters (`&`, `<`, `>`; api.slack.com/reference/surfaces/formatting
 * "Escaping text") so alert text cannot mention `<!channel>` or forge links. A small twin of the
 * approval-notifications slice's escaper: adapters may not import slices.
 */
export function escapeAlertText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
