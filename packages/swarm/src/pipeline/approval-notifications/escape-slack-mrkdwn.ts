/**
 * Escapes Slack's control characters `&`, `<`, `>` as HTML entities (api.slack.com/reference/surfaces/formatting,
 * "Escaping text"), so untrusted text (lead names, subjects, bodies) cannot ping `<!channel>`, forge
 * `<url|links>` or mention users. Only these three are encoded; Slack decodes nothing else.
 *
 * @example escapeSlackMrkdwn('A&B <!channel>') // 'A&amp;B &lt;!channel&gt;'
 */
export function escapeSlackMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
