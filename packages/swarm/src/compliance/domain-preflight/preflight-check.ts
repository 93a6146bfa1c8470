/** Outcome of one preflight check: `fail` blocks the domain, `warn` needs attention, `pass` is fine. */
export type PreflightStatus = 'pass' | 'warn' | 'fail';

/**
 * One sending-domain preflight check (specs/security.md EM-5). `name` is stable (`spf`, `dkim`,
 * `dmarc`, `dmarc_alignment`); `message` says what was found and, unless it passed, how to fix it.
 */
export interface PreflightCheck {
  name: 'spf' | 'dkim' | 'dmarc' | 'dmarc_alignment';
  status: PreflightStatus;
  message: string;
}

const severity: Record<PreflightStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** The worst status among `checks` (`pass` for none). */
export function worstPreflightStatus(checks: readonly Pick<PreflightCheck, 'status'>[]): PreflightStatus {
  let worst: PreflightStatus = 'pass';
  for (const check of checks) if (severity[check.status] > severity[worst]) worst = check.status;
  return worst;
}
