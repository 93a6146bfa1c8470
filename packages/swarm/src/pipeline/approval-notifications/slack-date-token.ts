/**
 * A Slack date token that each reader sees in their own time zone, with a UTC ISO fallback for
 * clients that cannot render it (api.slack.com/reference/surfaces/formatting "Date formatting").
 * Only our own digits go inside the `<…>`, so no escaping is needed.
 *
 * @example slackDateToken(new Date('2026-01-05T11:00:00Z')) // '<!date^1767610800^{date_short_pretty} {time}|2026-01-05 11:00 UTC>'
 */
export function slackDateToken(instant: Date): string {
  const seconds = Math.floor(instant.getTime() / 1_000);
  const fallback = `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${seconds}^{date_short_pretty} {time}|${fallback}>`;
}
