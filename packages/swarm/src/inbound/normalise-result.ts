import type { InboundEvent } from '../domain/inbound-event.js';

/**
 * What a vendor normaliser returns. `events` may be empty when the vendor event is known but
 * outside SPEC §4's closed set (`ignored` says which), so it is stored as ignored, not as an error.
 * A refusal carries a short, PII-free `reason` (e.g. `unknown_event_type:lead_wizard`) that is
 * stored in `webhook_events.error`; unknown event types never throw. A Clay `enrichment_result`
 * callback is no SPEC §4 event: it comes back as `enrichmentResult`, stored and processed like one.
 */
export type NormaliseResult =
  | {
      ok: true;
      providerEventId: string;
      events: InboundEvent[];
      ignored?: string;
      /** A Clay enrichment callback (SPEC §3.2) to process from the job; `events` is then empty. */
      enrichmentResult?: Readonly<Record<string, unknown>>;
    }
  | { ok: false; providerEventId?: string; reason: string };
