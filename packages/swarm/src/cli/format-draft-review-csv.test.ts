import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../domain/lead.js';
import type { StoredDraft } from '../ports/pipeline-store.js';
import { draftReviewColumns, draftReviewRow } from './draft-review-row.js';
import { formatDraftReviewCsv } from './format-draft-review-csv.js';

const draft = {
  id: 'draft-1',
  leadId: 'lead-1',
  runId: null,
  status: 'pending_approval',
  sequenceStep: 1,
  angleId: 't1-ops-efficiency',
  subjectA: '=HYPERLINK("http://attacker.example.com")',
  subjectB: 'Quick question, Ada',
  body: 'Hi Ada,\n\n+1 on your "ops" post, Dave.\n— Sam',
  evidence: [{ kind: 'lead.title', value: 'VP Operations', source: 'csv', observedAt: '2026-11-01T00:00:00Z' }],
  fingerprint: 'f'.repeat(64),
  edited: { subjectA: null, subjectB: 'Edited subject', body: null },
  guard: { passed: true, mode: 'enforce', violations: [] },
  createdAt: new Date('2026-11-01T00:00:00Z'),
} as StoredDraft;

const lead = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  companyName: '@Analytical Engines',
  title: 'VP Operations',
  tier: 'tier_1',
  score: 82,
} as Lead;

describe('drafts export review sheet (SPEC §18)', () => {
  it('has the review columns in order, with empty rating columns, and the edited text when there is one', () => {
    const row = draftReviewRow(draft, lead);
    expect(Object.keys(row)).toEqual([...draftReviewColumns]);
    expect(row).toMatchObject({ leadName: 'Ada Lovelace', tier: 'tier_1', score: 82, subjectB: 'Edited subject' });
    expect(row.evidence).toBe('lead.title: VP Operations (csv)');
    for (const column of ['personalisation', 'subject', 'value', 'cta', 'tone', 'comments'] as const)
      expect(row[column]).toBe('');
  });

  it('INJ-8: CSV cells starting with = + - @ get a leading quote; multi-line bodies survive a round trip', () => {
    const csv = formatDraftReviewCsv([draftReviewRow(draft, lead), draftReviewRow({ ...draft, id: 'draft-2' }, null)]);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]?.subjectA).toBe(`'=HYPERLINK("http://attacker.example.com")`);
    expect(records[0]?.company).toBe(`'@Analytical Engines`);
    expect(records[0]?.body).toBe(draft.body);
    expect(records[0]?.score).toBe('82');
    expect(records[1]?.leadName).toBe('');
    expect(records[1]?.score).toBe('');
  });
});
