/**
 * The job queue that processes stored inbound webhook deliveries (SPEC §4, specs/security.md WH-7:
 * acknowledge fast, process from a durable queue). Declared at start-up with the other queues.
 */
export const inboundEventJob = 'inbound-event';

/** Payload of an {@link inboundEventJob} job: the `webhook_events.id` to process. */
export interface InboundEventJobPayload {
  webhookEventId: string;
}
