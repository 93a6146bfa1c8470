import type { Lead } from '../domain/lead.js';
import type { StoredDraft } from '../ports/pipeline-store.js';

/** The columns of the offline Head-of-Sales review sheet (SPEC §18), in order; ratings start empty. */
export const draftReviewColumns = [
  'id',
  'leadName',
  'company',
  'title',
  'tier',
  'score',
  'angle',
  'subjectA',
  'subjectB',
  'body',
  'evidence',
  'personalisation',
  'subject',
  'value',
  'cta',
  'tone',
  'comments',
] as const;

/** One row of the review sheet; rating columns are empty strings for the reviewer to fill in (1–5). */
export type DraftReviewRow = Record<(typeof draftReviewColumns)[number], string | number | null>;

/**
 * The review row of one draft: the content a recipient would get (the human edit when there is one,
 * else the proposal), who it is for, and a one-line evidence summary (`kind: value (source)`, `; `-joined).
 */
export function draftReviewRow(draft: StoredDraft, lead: Lead | null): DraftReviewRow {
  return {
    id: draft.id,
    leadName: lead ? [lead.firstName, lead.lastName].filter(Boolean).join(' ') : '',
    company: lead?.companyName ?? '',
    title: lead?.title ?? '',
    tier: lead?.tier ?? '',
    score: lead?.score ?? null,
    angle: draft.angleId,
    subjectA: draft.edited.subjectA ?? draft.subjectA,
    subjectB: draft.edited.subjectB ?? draft.subjectB,
    body: draft.edited.body ?? draft.body,
    evidence: draft.evidence.map((fact) => `${fact.kind}: ${fact.value} (${fact.source})`).join('; '),
    personalisation: '',
    subject: '',
    value: '',
    cta: '',
    tone: '',
    comments: '',
  };
}
