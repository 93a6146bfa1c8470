import { CaioError } from '../../domain/errors.js';
import { httpStatusError } from '../http/http-status-error.js';

/**
 * Maps a non-2xx answer of a Clay table webhook to the one error family (STYLE.md §6, RES-1):
 * 401/403 → non-retryable `permission_denied` naming `CLAY_WEBHOOK_TOKEN`; 429 → `rate_limited`
 * with `retryAfterMs`; 404/410 → non-retryable `vendor_error` (the webhook was deleted or replaced);
 * 408, 409, 5xx → retryable `vendor_error`. `details.status` lets breakers tell 5xx from 4xx.
 */
export function clayStatusError(status: number, vendorMessage: string | undefined, retryAfterMs: number | undefined) {
  if (status === 401 || status === 403) {
    return new CaioError(
      'permission_denied',
      `Clay refused the table webhook token (HTTP ${status}); set CLAY_WEBHOOK_TOKEN to the token Clay showed when ` +
        `the webhook's authentication was enabled, or create a new token in the table's webhook source.`,
      { retryable: false, details: { status, vendor: 'Clay' } },
    );
  }
  if (status === 404 || status === 410) {
    return new CaioError(
      'vendor_error',
      `Clay has no table webhook at clay.tableWebhookUrl (HTTP ${status}); copy the URL again from the table's ` +
        `webhook source (+ Add → Webhooks → Monitor webhook).`,
      { retryable: false, details: { status, vendor: 'Clay' } },
    );
  }
  return httpStatusError({ vendor: 'Clay', status, vendorMessage, retryAfterMs });
}
