import { z } from 'zod';
import { leadStatuses, tiers } from '../domain/lead.js';

/** Request schemas of the JSON API (SPEC §14). Every body, query and path parameter is parsed by one. */

const pageLimit = z.coerce.number().int().min(1).max(200).default(50);
const cursor = z.string().min(1).max(200).optional();

/** The `cursor` and `limit` (1–200, default 50) query fields of every keyset-paginated list. */
export const pageQueryFields = { cursor, limit: pageLimit };

export const approvalStatusSchema = z.enum(['pending', 'approved', 'rejected', 'expired']);

export const idPathSchema = z.object({ id: z.guid('must be a UUID') });

export const approvalListQuerySchema = z.object({
  status: approvalStatusSchema.optional(),
  tier: z.enum(tiers).optional(),
  cursor,
  limit: pageLimit,
});

export const rejectBodySchema = z.object({ reason: z.string().trim().min(1, 'a rejection needs a reason').max(2000) });

export const draftEditBodySchema = z
  .strictObject({
    subjectA: z.string().trim().min(1).max(300).optional(),
    subjectB: z.string().trim().min(1).max(300).optional(),
    body: z.string().trim().min(1).max(20_000).optional(),
  })
  .refine((edit) => edit.subjectA !== undefined || edit.subjectB !== undefined || edit.body !== undefined, {
    message: 'send at least one of subjectA, subjectB or body',
  });

export const batchCreateBodySchema = z.object({
  filter: z
    .strictObject({
      tier: z.enum(tiers).optional(),
      status: z.literal('pending', 'batches freeze pending approvals only').optional(),
    })
    .default({}),
});

export const batchApproveBodySchema = z.object({
  previewHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the batch previewHash'),
});

const ratingScore = z.number().int('must be an integer').min(1, 'must be 1–5').max(5, 'must be 1–5');
export const ratingBodySchema = z.object({
  scores: z.strictObject({
    personalisation: ratingScore,
    subject: ratingScore,
    value: ratingScore,
    cta: ratingScore,
    tone: ratingScore,
  }),
});

export const leadListQuerySchema = z.object({
  tier: z.enum(tiers).optional(),
  status: z.enum(leadStatuses).optional(),
  cursor,
  limit: pageLimit,
});

export const runListQuerySchema = z.object({ cursor, limit: pageLimit });

export const auditQuerySchema = z.object({
  agent: z.string().trim().min(1).max(40).optional(),
  action: z.string().trim().min(1).max(80).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().regex(/^\d+$/, 'must be the nextCursor of a previous page').optional(),
  limit: pageLimit,
});
