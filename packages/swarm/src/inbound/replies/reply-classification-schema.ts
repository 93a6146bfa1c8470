import { z } from 'zod';
import { intentPrecedence } from '../../threading/index.js';

/** ISO calendar day `YYYY-MM-DD`, the date format of `IntentExtraction` (threading spec §7 rule 5). */
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The objection kinds of threading spec §7 (`objectionType`). */
const objectionTypes = ['timing', 'budget', 'contract', 'incumbent', 'authority', 'fit', 'conditional'] as const;

/**
 * The model's answer for one reply (threading spec §7 rule 2): `{intent, confidence, secondary, extracted:
 * {proposedTimes[], timezone, referralContacts[], returnDate, revisitAfter, objectionType}}`. Strict at
 * every level, so an injected extra key (`to`, `cc`, `action`…) refuses the whole answer
 * (specs/security.md INJ-4). `null` and absent are both accepted for "none"; lengths are bounded so a
 * tricked model cannot smuggle long text through a field. `intent` may be `other` (auto-acks, newsletters).
 */
export const replyClassificationSchema = z.strictObject({
  intent: z.enum([...intentPrecedence, 'other']),
  /** 0–1. */
  confidence: z.number().min(0).max(1),
  secondary: z.enum(intentPrecedence).nullish(),
  extracted: z
    .strictObject({
      /** Times as written or ISO 8601, e.g. `2026-11-24T15:00` or `Tuesday 3pm`. */
      proposedTimes: z.array(z.string().trim().min(1).max(80)).max(10).nullish(),
      /** IANA zone or abbreviation, e.g. `Europe/Berlin`, `CET`. */
      timezone: z.string().trim().min(1).max(64).nullish(),
      /** Addresses or names exactly as they appear in the reply (placeholders such as `<EMAIL_1>` kept). */
      referralContacts: z.array(z.string().trim().min(1).max(254)).max(10).nullish(),
      returnDate: calendarDay.nullish(),
      revisitAfter: calendarDay.nullish(),
      objectionType: z.enum(objectionTypes).nullish(),
    })
    .prefault({}),
});

/** The schema's name for logs and providers' JSON mode (`LanguageModelRequest.schemaName`). */
export const replyClassificationSchemaName = 'reply-classification';

/** A parsed model answer. */
export type ReplyClassification = z.output<typeof replyClassificationSchema>;
