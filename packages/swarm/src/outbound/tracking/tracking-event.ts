import type { TrackingKind } from './tracking-claims.js';

/**
 * One verified hit on a tracking route (SPEC §4): the open pixel was loaded or a tracked link was
 * followed. Nothing is de-duplicated here — every hit is reported, and image proxies and link
 * scanners produce hits too; the consumer decides what counts.
 */
export interface TrackingEvent {
  /** The outbox row id signed into the token. */
  outboxId: string;
  kind: TrackingKind;
  /** The bound destination of a click; null for an open. */
  url: string | null;
  /** When the hit arrived (server clock, UTC instant). */
  at: Date;
  /** The request's `User-Agent`, cut to 512 characters; null when absent. Stored, never echoed. */
  userAgent: string | null;
}

/**
 * Records a tracking hit; supplied by the composition root (e.g. look up the outbox row, build an
 * inbound event with `trackingEventToInboundEvent`, and apply it to the lead). A rejection is
 * reported through the route's `onRecordFailed` and never changes the recipient's response.
 */
export type RecordTrackingEvent = (event: TrackingEvent) => Promise<void>;
