/** Days after which an open data-subject request raises an alert (specs/security.md GDPR-4; legal limit 1 month). */
export const dsarAlertAfterDays = 20;

const dayMs = 86_400_000;

/**
 * True when a data-subject request is still open on or after day {@link dsarAlertAfterDays}
 * counted from `receivedAt` (GDPR-4). Pure; `now` and `receivedAt` are absolute instants (UTC).
 *
 * @example isDsarOverdue({ receivedAt: new Date('2026-01-01'), completedAt: null }, new Date('2026-01-21')) // → true
 */
export function isDsarOverdue(
  request: { receivedAt: Date; completedAt: Date | null },
  now: Date,
  alertAfterDays: number = dsarAlertAfterDays,
): boolean {
  if (request.completedAt) return false;
  return now.getTime() - request.receivedAt.getTime() >= alertAfterDays * dayMs;
}
