import { CaioError } from '../../domain/errors.js';
import type { OutboundMessage, OutboundTransport, ReconcileVerdict } from '../../ports/outbound-transport.js';
import { collectPages } from './collect-pages.js';
import type { HeyReachClient } from './heyreach-client.js';
import type { HeyReachAddLeadsResult } from './heyreach-schemas.js';
import { markOutcomeUnknown } from './mark-outcome-unknown.js';
import { normaliseLinkedInProfileUrl, toHeyReachLead } from './to-heyreach-lead.js';

/** Settings of {@link createHeyReachTransport} (config `heyreach.listId`, `campaignId`, `linkedInAccountId`). */
export interface HeyReachTransportSettings {
  client: HeyReachClient;
  /** The lead list leads are staged in first (ideally the campaign's own list). */
  listId: number;
  /** The campaign whose sequence sends the LinkedIn messages. */
  campaignId: number;
  /** The HeyReach LinkedIn sender account; `OutboundMessage.from` must be this id when set. */
  linkedInAccountId: number;
}

/** Campaign statuses in which HeyReach may still act (documented `GetAll` statuses); `pauseAll` pauses these. */
const activeStatuses: ReadonlySet<string> = new Set(['IN_PROGRESS', 'STARTING', 'SCHEDULED']);
const lookupPageSize = 100;

/**
 * The HeyReach LinkedIn transport (SPEC §3.7: "HeyReach (LinkedIn; add leads to a list first, because
 * adding to a paused campaign re-activates it)"). `deliver`:
 * 1. looks the lead up (`GetCampaignsForLead`): already in the campaign → done, nothing written, so a
 *    retried job never adds twice;
 * 2. adds the lead to `listId` (`AddLeadsToListV2`) unless `GetListsForLead` shows it there;
 * 3. adds it to `campaignId` for `linkedInAccountId` (`AddLeadsToCampaignV2`, resume flags false).
 * HeyReach's campaign sequence then does the LinkedIn actions with the approved text as `{message}`.
 * Writes are at most once (never retried here, RES-3); an ambiguous write failure carries
 * `details.outcomeUnknown` and {@link OutboundTransport.reconcile} answers from the same lookup.
 * HeyReach reports no message id, so receipts carry `wireMessageId: null`.
 *
 * @throws CaioError from `deliver`: `input_invalid` (not LinkedIn, not a profile URL, other sender
 *   account), `permission_denied` (401), `rate_limited` (429, Retry-After), `vendor_error` (5xx
 *   retryable; a write HeyReach accepted but dropped: non-retryable, `details.dropped`), `timeout`,
 *   `circuit_open`. `pauseAll` throws a retryable `vendor_error` naming the campaigns it could not pause,
 *   after trying every one.
 */
export function createHeyReachTransport(settings: HeyReachTransportSettings): OutboundTransport {
  const { client, listId, campaignId, linkedInAccountId } = settings;

  const isInCampaign = async (profileUrl: string, signal?: AbortSignal): Promise<boolean> => {
    const campaigns = await collectPages(
      (offset, limit) => client.getCampaignsForLead({ profileUrl, offset, limit }, signal),
      { pageSize: lookupPageSize, what: 'campaigns for a lead' },
    );
    return campaigns.some((campaign) => campaign.campaignId === String(campaignId));
  };
  const isInList = async (profileUrl: string, signal?: AbortSignal): Promise<boolean> => {
    const lists = await collectPages((offset, limit) => client.getListsForLead({ profileUrl, offset, limit }, signal), {
      pageSize: lookupPageSize,
      what: 'lists for a lead',
    });
    return lists.some((list) => list.listId === String(listId));
  };

  return {
    platform: 'heyreach',
    channel: 'linkedin',
    async deliver(message, signal) {
      const lead = toHeyReachLead(message);
      assertSenderAccount(message, linkedInAccountId);
      if (await isInCampaign(lead.profileUrl, signal)) return { wireMessageId: null };
      if (!(await isInList(lead.profileUrl, signal))) {
        const listed = await write(() => client.addLeadsToList({ listId, leads: [lead] }, signal));
        assertTaken(listed, 'list/AddLeadsToListV2', message);
      }
      const enrolled = await write(() =>
        client.addLeadsToCampaign({ campaignId, accountLeadPairs: [{ linkedInAccountId, lead }] }, signal),
      );
      assertTaken(enrolled, 'campaign/AddLeadsToCampaignV2', message);
      return { wireMessageId: null };
    },
    async reconcile(message: OutboundMessage): Promise<ReconcileVerdict> {
      let profileUrl: string;
      try {
        profileUrl = normaliseLinkedInProfileUrl(message.to);
      } catch {
        return { status: 'not_delivered' };
      }
      return (await isInCampaign(profileUrl))
        ? { status: 'delivered', wireMessageId: null }
        : { status: 'not_delivered' };
    },
    async pauseAll() {
      const campaigns = await client.getAllCampaigns();
      const active = campaigns.filter((campaign) => activeStatuses.has(campaign.status.toUpperCase()));
      const failed: string[] = [];
      let paused = 0;
      for (const campaign of active) {
        try {
          await client.pauseCampaign(Number(campaign.id));
          paused += 1;
        } catch {
          failed.push(campaign.id);
        }
      }
      if (failed.length > 0) {
        throw new CaioError(
          'vendor_error',
          `HeyReach paused ${paused} of ${active.length} active campaigns; campaigns ${failed.join(', ')} are still running: run the stop again or pause them in HeyReach.`,
          { retryable: true, details: { vendor: 'HeyReach', paused, failedCampaignIds: failed } },
        );
      }
      return { paused };
    },
  };
}

async function write(step: () => Promise<HeyReachAddLeadsResult>): Promise<HeyReachAddLeadsResult> {
  try {
    return await step();
  } catch (error) {
    throw markOutcomeUnknown(error);
  }
}

function assertSenderAccount(message: OutboundMessage, linkedInAccountId: number): void {
  const from = message.from.trim();
  if (from !== '' && from !== String(linkedInAccountId)) {
    throw new CaioError(
      'input_invalid',
      `Outbox ${message.outboxId} was reserved for LinkedIn account ${from}, but this HeyReach transport sends from ${linkedInAccountId} (heyreach.linkedInAccountId).`,
      { details: { field: 'from' } },
    );
  }
}

/** HeyReach answers 200 with zero counts when it silently drops a lead (e.g. a URL it rejects). */
function assertTaken(result: HeyReachAddLeadsResult, operation: string, message: OutboundMessage): void {
  if (result.failedLeadsCount === 0 && result.addedLeadsCount + result.updatedLeadsCount > 0) return;
  throw new CaioError(
    'vendor_error',
    `HeyReach ${operation} did not take the lead for outbox ${message.outboxId} (added ${result.addedLeadsCount}, updated ${result.updatedLeadsCount}, failed ${result.failedLeadsCount}); check the profile URL and the list/campaign ids.`,
    { retryable: false, details: { vendor: 'HeyReach', operation, dropped: true, ...result } },
  );
}
