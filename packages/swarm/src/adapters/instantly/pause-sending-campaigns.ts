import { CaioError } from '../../domain/errors.js';
import type { InstantlyClient } from './instantly-client.js';
import { instantlyCampaignStatus } from './instantly-schemas.js';

/** Statuses in which Instantly may still send: Active and Running Subsequences. */
const sendingStatuses: ReadonlySet<number> = new Set([
  instantlyCampaignStatus.active,
  instantlyCampaignStatus.runningSubsequences,
]);

/**
 * Emergency stop on Instantly's side (RES-5, SPEC §3.7 kill switches): lists every campaign of the
 * workspace (all pages) and pauses each one that may send, all at once so the stop is fast.
 * Returns how many were paused.
 *
 * @throws CaioError `vendor_error` (retryable) when some pauses failed, after trying all of them;
 *   `details.paused` counts the successes and `details.failed` lists `{ campaignId, code }`.
 *   Listing failures propagate as the client threw them.
 */
export async function pauseSendingCampaigns(client: InstantlyClient): Promise<{ paused: number }> {
  const campaigns = await client.listCampaigns();
  const sending = campaigns.filter((campaign) => sendingStatuses.has(campaign.status));
  const outcomes = await Promise.allSettled(sending.map((campaign) => client.pauseCampaign(campaign.id)));
  const failed = outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected'
      ? [{ campaignId: sending[index]?.id, code: (outcome.reason as { code?: unknown }).code ?? 'unknown' }]
      : [],
  );
  const paused = outcomes.length - failed.length;
  if (failed.length > 0) {
    throw new CaioError(
      'vendor_error',
      `Paused ${paused} of ${sending.length} sending Instantly campaigns; pause the rest in Instantly now.`,
      { retryable: true, details: { vendor: 'Instantly', paused, failed } },
    );
  }
  return { paused };
}
