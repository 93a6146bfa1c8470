import { z } from 'zod';
import { deriveProviderEventId } from './derive-provider-event-id.js';
import { normaliseOccurredAt } from './normalise-occurred-at.js';
import type { NormaliseResult } from './normalise-result.js';

/**
 * RB2B's fixed website-visitor payload (support.rb2b.com "Setup guide: webhook"): Title Case keys
 * with spaces. Every field is optional here; unknown keys pass.
 */
const rb2bPayloadSchema = z.looseObject({
  'LinkedIn URL': z.string().nullish(),
  'Business Email': z.string().nullish(),
  'Seen At': z.string().nullish(),
  'Captured URL': z.string().nullish(),
});

/**
 * Normalises one RB2B delivery (an identified website visitor) into one `website_visit` event.
 * RB2B sends no event id and has no event types, so the id is derived from the LinkedIn URL,
 * business email, `Seen At` and `Captured URL`. A body that identifies no one is `{ ok: false }`.
 */
export function normaliseRb2bEvent(payload: unknown, receivedAt: Date): NormaliseResult {
  const parsed = rb2bPayloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'malformed_payload' };
  const body = parsed.data;
  const linkedinUrl = body['LinkedIn URL'] ?? undefined;
  const leadEmail = body['Business Email'] ?? undefined;
  const pageUrl = body['Captured URL'] ?? undefined;
  const providerEventId = deriveProviderEventId([linkedinUrl, leadEmail, body['Seen At'], pageUrl]);
  if (!linkedinUrl && !leadEmail) return { ok: false, providerEventId, reason: 'no_visitor_identity' };
  return {
    ok: true,
    providerEventId,
    events: [
      {
        kind: 'website_visit',
        source: 'rb2b',
        providerEventId,
        occurredAt: normaliseOccurredAt(body['Seen At'], receivedAt),
        ...(linkedinUrl ? { linkedinUrl } : {}),
        ...(leadEmail ? { leadEmail } : {}),
        ...(pageUrl ? { pageUrl } : {}),
      },
    ],
  };
}
