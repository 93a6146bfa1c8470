import { CaioError } from '../../domain/errors.js';

/**
 * The dashboard page of one approval or batch: `{dashboardUrl}/approvals/{id}` (trailing slashes of
 * the base dropped, id percent-encoded).
 *
 * @throws CaioError `input_invalid` when `dashboardUrl` is not an absolute http(s) URL.
 * @example dashboardApprovalUrl('https://caio.example.com/', 'apr_1') // 'https://caio.example.com/approvals/apr_1'
 */
export function dashboardApprovalUrl(dashboardUrl: string, id: string): string {
  const base = dashboardUrl.trim().replace(/\/+$/, '');
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) {
    throw new CaioError(
      'input_invalid',
      `Dashboard URL "${dashboardUrl}" must be an absolute http(s) URL such as https://caio.example.com.`,
    );
  }
  return `${base}/approvals/${encodeURIComponent(id)}`;
}
