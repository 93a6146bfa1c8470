import { z } from 'zod';

const templateFileName = z
  .string()
  .regex(/^[\w.-]+\.hbs$/, 'must be a file name in templates/ ending in .hbs (no folders)');
const evidenceKind = z.string().regex(/^(lead|company|signal)\.[a-z_A-Z]+$/, 'must look like company.industry');
const subject = z.string().trim().min(3).max(160);

const angleEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    tier: z.enum(['tier_1', 'tier_2', 'tier_3']),
    name: z.string().trim().min(3),
    subjectA: subject,
    subjectB: subject,
    body: templateFileName,
    requires: z.array(evidenceKind).default([]),
    uses: z.array(evidenceKind).default([]),
  })
  .strict();

const followUpEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    kind: z.enum(['value_follow_up', 'social_proof', 'break_up', 'graceful_close']),
    step: z.number().int().min(2),
    subjectA: subject,
    subjectB: subject,
    body: templateFileName,
    uses: z.array(evidenceKind).default([]),
  })
  .strict();

/**
 * The shape of `resources/angles.yaml` (SPEC §3.4): angles per tier and the four cadence follow-ups.
 * Cross-entry rules (unique ids, distinct A/B subjects, every tier and follow-up kind present) are
 * checked after parsing, in `loadAngleLibrary`.
 */
export const angleLibraryFileSchema = z
  .object({
    angles: z.array(angleEntrySchema).min(1),
    followUps: z.array(followUpEntrySchema).min(1),
  })
  .strict();

export type AngleLibraryFile = z.infer<typeof angleLibraryFileSchema>;
export type AngleFileEntry = AngleLibraryFile['angles'][number];
