import { z } from 'zod';
import { CaioError } from '../../domain/errors.js';

/**
 * A send job's payload. Two producers: a human approval (`approveQueuedDraft`: the approval, its
 * draft and the content hash that was approved) and an autonomous send in `full` mode (the
 * pipeline's live `send_email` effect: the outbox row it wrote).
 */
export const sendJobPayloadSchema = z.union([
  z.strictObject({ approvalId: z.string().min(1), draftId: z.string().min(1), contentHash: z.string().min(1) }),
  z.strictObject({ outboxId: z.string().min(1), idempotencyKey: z.string().min(1) }),
]);

export type SendJobPayload = z.infer<typeof sendJobPayloadSchema>;

/**
 * Validates a job payload from the queue (zod at the boundary).
 * @throws CaioError `input_invalid` naming the bad field.
 */
export function parseSendJobPayload(payload: unknown): SendJobPayload {
  const parsed = sendJobPayloadSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CaioError(
    'input_invalid',
    `Send job payload is invalid (${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'unknown'}); expected {approvalId, draftId, contentHash} or {outboxId, idempotencyKey}.`,
  );
}
