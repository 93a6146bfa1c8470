/**
 * Reverses {@link escapeSlackMrkdwn} (`&lt;`, `&gt;`, then `&amp;`), for text built for Slack that is
 * also sent as plain-text email (SPEC §3.6 level-3 escalation), where entities would show literally.
 *
 * @example unescapeSlackMrkdwn('A &amp;lt; B') // 'A &lt; B'
 */
export function unescapeSlackMrkdwn(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
