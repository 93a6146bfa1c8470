import { CaioError } from '../../domain/errors.js';
import type { OutboundMessage, OutboundTransport, ReconcileVerdict } from '../../ports/outbound-transport.js';
import type { InstantlyClient } from './instantly-client.js';
import { instantlyCaioVariables } from './instantly-caio-template.js';
import type { InstantlyLead } from './instantly-schemas.js';
import { pauseSendingCampaigns } from './pause-sending-campaigns.js';

/** Settings of {@link createInstantlyTransport}. */
export interface InstantlyTransportSettings {
  client: InstantlyClient;
  /**
   * The CAIO campaign (config `instantly.campaignId`), created with `instantlyCaioTemplate` so its
   * one email step sends each lead's `caio_subject` / `caio_body`.
   */
  campaignId: string;
}

/** Whose lead this is: added by this very message, by another message, or by someone else (no key). */
function ownerOf(lead: InstantlyLead, message: OutboundMessage): 'this_message' | 'other_message' | 'unknown' {
  const key = lead.payload?.[instantlyCaioVariables.idempotencyKey];
  if (key === undefined || key === null) return 'unknown';
  return key === message.idempotencyKey ? 'this_message' : 'other_message';
}

/**
 * The Instantly way out for approved emails (SPEC §3.7, platform `instantly`): `deliver` adds the
 * recipient as a lead of the configured campaign with the approved subject/body as custom
 * variables; Instantly then sends it from the campaign's explicit sending accounts on its schedule.
 * At most once (RES-3): `deliver` first looks the lead up, so a retry after reconcile returns the
 * existing lead instead of adding it twice, and the add itself is never retried. `wireMessageId`
 * is Instantly's lead id. A lead already in the campaign for another message (an earlier step)
 * is refused: the campaign has one step, so follow-ups cannot go through the same campaign.
 *
 * @throws CaioError `config_invalid` for a blank campaign id. `deliver` rejects with
 *   `input_invalid` (not an email, no recipient, lead taken by another message), or the client's
 *   `permission_denied` / `rate_limited` / `vendor_error` / `timeout` (with `details.outcomeUnknown`
 *   when the add may have landed) / `circuit_open`.
 */
export function createInstantlyTransport(settings: InstantlyTransportSettings): OutboundTransport {
  const { client, campaignId } = settings;
  if (!campaignId.trim()) {
    throw new CaioError(
      'config_invalid',
      'Instantly sending needs instantly.campaignId: a campaign created with instantlyCaioTemplate (docs/integrations/instantly.md).',
    );
  }
  return {
    platform: 'instantly',
    channel: 'email',
    async deliver(message, signal) {
      if (message.channel !== 'email' || !message.to.trim()) {
        throw new CaioError('input_invalid', 'Instantly sends email only and needs a recipient address.', {
          details: { outboxId: message.outboxId, channel: message.channel },
        });
      }
      // Lower-cased like findLead's lookup, so the lead added here is the one found on a retry.
      const address = message.to.trim().toLowerCase();
      const existing = await client.findLead(campaignId, address, signal);
      if (existing) {
        if (ownerOf(existing, message) === 'this_message') return { wireMessageId: existing.id };
        throw new CaioError(
          'input_invalid',
          `${message.to} is already a lead of Instantly campaign ${campaignId} (added by another message or by hand); ` +
            'send this step over SMTP or remove the lead in Instantly first.',
          { details: { outboxId: message.outboxId, leadId: existing.id, vendor: 'Instantly' } },
        );
      }
      const lead = await client.addLead(
        campaignId,
        {
          email: address,
          firstName: message.lead.firstName,
          lastName: message.lead.lastName,
          companyName: message.lead.companyName,
          customVariables: {
            [instantlyCaioVariables.subject]: message.subject,
            [instantlyCaioVariables.body]: message.text,
            [instantlyCaioVariables.idempotencyKey]: message.idempotencyKey,
            [instantlyCaioVariables.outboxId]: message.outboxId,
          },
        },
        signal,
      );
      return { wireMessageId: lead.id };
    },
    async reconcile(message): Promise<ReconcileVerdict> {
      const existing = await client.findLead(campaignId, message.to);
      if (!existing) return { status: 'not_delivered' };
      const owner = ownerOf(existing, message);
      if (owner === 'this_message') return { status: 'delivered', wireMessageId: existing.id };
      if (owner === 'other_message') return { status: 'not_delivered' };
      return {
        status: 'unknown',
        reason: `Instantly lead ${existing.id} exists without a ${instantlyCaioVariables.idempotencyKey} variable.`,
      };
    },
    pauseAll: () => pauseSendingCampaigns(client),
  };
}
