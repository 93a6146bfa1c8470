import { CaioError } from '../../domain/errors.js';
import type { ActionEffect, ActionRequest } from '../../guardrails/action-request.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import { renderOutboxMessage } from '../../pipeline/run/outbox-rendering.js';
import type { OutboundSendPayload } from '../policy/outbound-send.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';
import { toOutboundMessage } from './to-outbound-message.js';

/** What a delivery did: the row, the mailbox and platform it left through, and the vendor's id. */
export interface DeliveryResult {
  outboxId: string;
  mailbox: string;
  platform: string;
  wireMessageId: string | null;
}

/** Filled in when the vendor call itself threw, so the worker can classify the failure (retry or not). */
export interface VendorFailureSlot {
  error?: unknown;
}

/** Batch-path options of {@link createDeliverEffect}. */
export interface DeliverEffectOptions {
  /** Collects the `sent` transition instead of writing it, for one `markSentMany` after the batch. */
  recordSent?: (sent: { outboxId: string; wireMessageId: string | null }) => void;
}

/**
 * The `deliver_email` effect: runs after every send-policy validator passed and the quota is reserved.
 * Re-renders the message when the policy picked another mailbox than the row's (keeping our
 * Message-ID), writes `sending` — the dedupe mark — before the vendor call, then calls the
 * transport once and records `sent` (or hands it to `options.recordSent`: a crash before the batch's
 * write leaves the row `sending`, which is reconciled with the vendor, never sent again). A failed
 * call is left to the worker (`failure.error`).
 */
export function createDeliverEffect(
  record: DeliveryRecord,
  dependencies: SendWorkerDependencies,
  failure: VendorFailureSlot,
  options: DeliverEffectOptions = {},
): ActionEffect<OutboundSendPayload, DeliveryResult> {
  const { delivery, decisions, transports, clock } = dependencies;
  return {
    validators: dependencies.policy,
    async live(request: ActionRequest<OutboundSendPayload>) {
      const mailbox = decisions.get(request).reservation?.mailbox ?? record.message.mailbox;
      const transport = transports.forMailbox(mailbox);
      const message =
        mailbox === record.message.mailbox || !record.draft
          ? record.message
          : await renderOutboxMessage(
              { draft: record.draft, lead: record.lead },
              'queued',
              record.message.idempotencyKey,
              dependencies.rendering,
              {
                fromAddress: mailbox,
                messageId: record.message.messageId,
                outboxId: record.message.id,
                // The thread the row was rendered into: a re-render for another mailbox must keep it.
                thread: {
                  threadKey: record.message.threadKey,
                  inReplyTo: record.message.inReplyTo,
                  references: record.message.references,
                },
              },
            );
      const outgoing = { ...message, id: record.message.id, mailbox };
      const marked = await delivery.markSending(record.message.id, {
        now: clock.now(),
        mailbox,
        platform: transport.platform,
        raw: outgoing.raw,
        locale: decisions.get(request).locale,
      });
      if (!marked)
        throw new CaioError('conflict', `Outbox row ${record.message.id} is no longer claimed by this worker.`);
      let wireMessageId: string | null;
      try {
        ({ wireMessageId } = await transport.deliver(toOutboundMessage(record, outgoing)));
      } catch (error) {
        failure.error = error;
        throw error;
      }
      const sent = { outboxId: record.message.id, wireMessageId: wireMessageId ?? outgoing.messageId };
      if (options.recordSent) options.recordSent(sent);
      else await delivery.markSent(record.message.id, { now: clock.now(), wireMessageId: sent.wireMessageId });
      return { outboxId: record.message.id, mailbox, platform: transport.platform, wireMessageId };
    },
    shadow() {
      throw new CaioError('internal', 'deliver_email has no shadow path: the send policy refuses shadow mode first.');
    },
    describe: (result) => `sent ${result.outboxId} from ${result.mailbox} via ${result.platform}`,
  };
}
