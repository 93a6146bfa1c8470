import type { Selectable } from 'kysely';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { RecipientLocale } from '../../ports/recipient-locale.js';
import type { DraftsTable, LeadsTable, OutboxTable } from '../schema.js';
import { leadFromRow } from './lead-rows.js';
import { outboxMessageFromRow } from './outbox-repository.js';
import { draftFromRow } from './row-mappers.js';

/** The recipient locale stored with the `sending` mark (migration 0016), or null before it. */
export function recipientLocaleFromRow(row: Selectable<OutboxTable>): RecipientLocale | null {
  if (!row.recipient_time_zone || !row.recipient_locale_source) return null;
  return {
    timeZone: row.recipient_time_zone,
    countryCode: row.recipient_country,
    regionCode: row.recipient_region,
    source: row.recipient_locale_source,
  };
}

/** Maps an outbox row with its lead and (optional) draft rows to a {@link DeliveryRecord}. */
export function deliveryRecordFromRows(
  row: Selectable<OutboxTable>,
  lead: Selectable<LeadsTable>,
  draft: Selectable<DraftsTable> | undefined,
): DeliveryRecord {
  return {
    message: outboxMessageFromRow(row),
    platform: row.platform,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
    sendingAt: row.sending_at,
    sentAt: row.sent_at,
    reasonCode: row.reason_code,
    reason: row.reason,
    notBefore: row.not_before,
    recipientLocale: recipientLocaleFromRow(row),
    lead: leadFromRow(lead),
    draft: draft ? draftFromRow(draft) : null,
  };
}
