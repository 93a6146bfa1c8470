import { clayEnrichmentCallbackSchema } from '../pipeline/enrich/index.js';
import { deriveProviderEventId } from './derive-provider-event-id.js';
import { normaliseGenericEvent } from './normalise-generic-event.js';
import type { NormaliseResult } from './normalise-result.js';

function isEnrichmentResult(payload: unknown): boolean {
  return (
    typeof payload === 'object' && payload !== null && (payload as { type?: unknown }).type === 'enrichment_result'
  );
}

/**
 * Normalises a `POST /webhooks/clay` delivery. `type: 'enrichment_result'` is the asynchronous Clay
 * enrichment callback (SPEC §3.2): validated with `clayEnrichmentCallbackSchema` and returned as
 * `enrichmentResult` (no SPEC §4 events) for the `inbound-event` job to complete by LinkedIn-URL
 * hash. Its dedupe id is the body's `id` when Clay sends one, else a digest of the whole callback, so
 * a retried callback is a duplicate (WH-4). Every other `type` is a SPEC §4 event (generic body).
 * Never throws: a malformed callback is `invalid_enrichment_result`.
 */
export function normaliseClayDelivery(payload: unknown, receivedAt: Date): NormaliseResult {
  if (!isEnrichmentResult(payload)) return normaliseGenericEvent(payload, { source: 'clay', receivedAt });
  const parsed = clayEnrichmentCallbackSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'invalid_enrichment_result' };
  const bodyId = (payload as { id?: unknown }).id;
  const providerEventId =
    typeof bodyId === 'string' || typeof bodyId === 'number'
      ? String(bodyId)
      : deriveProviderEventId(['enrichment_result', JSON.stringify(parsed.data)]);
  return { ok: true, providerEventId, events: [], enrichmentResult: parsed.data };
}
