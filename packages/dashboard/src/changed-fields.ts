import type { DraftEdit, DraftView } from './api-types.js';

/**
 * The part of an edit that differs from what the reviewer saw, so an untouched field keeps its
 * current version (the API's `PATCH /api/drafts/{id}` takes only the fields to change).
 */
export function changedFields(
  draft: Pick<DraftView, 'subjectA' | 'subjectB' | 'body'>,
  edited: Required<DraftEdit>,
): DraftEdit {
  const change: DraftEdit = {};
  if (edited.subjectA !== draft.subjectA) change.subjectA = edited.subjectA;
  if (edited.subjectB !== draft.subjectB) change.subjectB = edited.subjectB;
  if (edited.body !== draft.body) change.body = edited.body;
  return change;
}
