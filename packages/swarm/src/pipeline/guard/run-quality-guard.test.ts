import { describe, expect, it } from 'vitest';
import type { DraftProposal } from '../../domain/draft.js';
import type { Evidence } from '../../domain/evidence.js';
import type { RejectionMemoryEntry } from '../../domain/rejection.js';
import { draftFingerprint } from '../craft/index.js';
import { defaultBannedOpeners, defaultGuardConfig } from './default-guard-config.js';
import type { GuardContext, GuardRuleId } from './guard-types.js';
import { runQualityGuard } from './run-quality-guard.js';

const now = new Date('2026-03-01T12:00:00.000Z');
const dayMs = 86_400_000;
const footer =
  '\n\nBest,\nDana Sender\nChief AI Officer, Example Advisory\n-- \nExample Advisory, 500 Example Avenue, Springfield\nIf you would rather not hear from me again, unsubscribe here: https://mail.example.com/u/AAA\n';

const fact = (kind: string, value: string): Evidence => ({
  kind,
  value,
  source: 'test',
  observedAt: '2026-02-01T00:00:00.000Z',
});
const richEvidence = [
  fact('company.name', 'CircuitHub'),
  fact('signal.hiring', 'hiring'),
  fact('company.industry', 'Industrials'),
];

function draftWith(content: string, evidence: readonly Evidence[] = richEvidence): DraftProposal {
  const body = `Hi Grace,\n\n${content}${footer}`;
  return {
    sequenceStep: 1,
    angleId: 't1-hiring-leverage',
    subjectA: 'Before the next hire',
    subjectB: 'Hiring at CircuitHub',
    body,
    evidence,
    fingerprint: draftFingerprint('Before the next hire', body),
  };
}

const goodDraft = draftWith(
  'CircuitHub is hiring with about 60 people on the team today. Worth a look at which tasks qualify before the new people start?',
);

function rejection(daysAgo: number, overrides: Partial<RejectionMemoryEntry> = {}): RejectionMemoryEntry {
  return {
    leadId: 'lead-1',
    draftFingerprint: 'f'.repeat(64),
    angleId: 't1-ops-hours',
    reason: 'too generic',
    rejectedAt: new Date(now.getTime() - daysAgo * dayMs),
    evidence: richEvidence,
    ...overrides,
  };
}

const context = (overrides: Partial<GuardContext> = {}): GuardContext => ({
  leadId: 'lead-1',
  rejections: [],
  enrichmentAttempts: 1,
  now,
  ...overrides,
});
const rules = (result: { violations: { rule: GuardRuleId }[] }) => result.violations.map((violation) => violation.rule);

describe('runQualityGuard', () => {
  it('passes a specific, evidenced draft in hard mode with no violations', () => {
    expect(runQualityGuard(goodDraft, context())).toEqual({
      passed: true,
      mode: 'hard',
      violations: [],
      needsEnrichment: false,
    });
  });

  describe('GUARD-001: rejection count over the max without new evidence', () => {
    const fourRejections = [1, 2, 3, 4].map((day) => rejection(day));

    it('GUARD-001: blocks in hard mode at 4 rejections (max 3) when the evidence is unchanged', () => {
      const result = runQualityGuard(goodDraft, context({ rejections: fourRejections }));
      expect(result.passed).toBe(false);
      expect(rules(result)).toEqual(['GUARD-001']);
      expect(result.violations[0]?.message).toContain('rejected 4 times');
    });

    it('GUARD-001: records but passes in soft mode', () => {
      const result = runQualityGuard(goodDraft, context({ rejections: fourRejections }), { mode: 'soft' });
      expect(result).toMatchObject({ passed: true, mode: 'soft' });
      expect(rules(result)).toEqual(['GUARD-001']);
    });

    it('GUARD-001: exactly the max (3) does not block; new evidence lifts the block', () => {
      expect(rules(runQualityGuard(goodDraft, context({ rejections: fourRejections.slice(1) })))).toEqual([]);
      const withNewFact = draftWith('CircuitHub is hiring with about 60 people on the team today. Worth a look?', [
        ...richEvidence,
        fact('signal.funding', '$3M'),
      ]);
      expect(rules(runQualityGuard(withNewFact, context({ rejections: fourRejections })))).toEqual([]);
    });

    it('GUARD-001: rejections older than the memory window (30 days) or for other leads do not count', () => {
      const old = [31, 32, 33, 2].map((day) => rejection(day));
      expect(rules(runQualityGuard(goodDraft, context({ rejections: old })))).toEqual([]);
      const otherLead = fourRejections.map((entry) => ({ ...entry, leadId: 'lead-2' }));
      expect(rules(runQualityGuard(goodDraft, context({ rejections: otherLead })))).toEqual([]);
      expect(rules(runQualityGuard(goodDraft, context({ rejections: old }), { rejectionMemoryDays: 40 }))).toEqual([
        'GUARD-001',
      ]);
    });
  });

  describe('GUARD-002: same fingerprint as a rejected draft', () => {
    const same = rejection(5, { draftFingerprint: goodDraft.fingerprint, reason: 'wrong tone' });

    it('GUARD-002: blocks in hard mode and names the earlier rejection', () => {
      const result = runQualityGuard(goodDraft, context({ rejections: [same] }));
      expect(result.passed).toBe(false);
      expect(rules(result)).toEqual(['GUARD-002']);
      expect(result.violations[0]?.message).toContain('wrong tone');
    });

    it('GUARD-002: records but passes in soft mode', () => {
      const result = runQualityGuard(goodDraft, context({ rejections: [same] }), { mode: 'soft' });
      expect(result.passed).toBe(true);
      expect(rules(result)).toEqual(['GUARD-002']);
    });

    it('GUARD-002: forgets a rejection after the memory window (30 days by default, configurable)', () => {
      const expired = { ...same, rejectedAt: new Date(now.getTime() - 30 * dayMs - 1) };
      expect(rules(runQualityGuard(goodDraft, context({ rejections: [expired] })))).toEqual([]);
      const edge = { ...same, rejectedAt: new Date(now.getTime() - 30 * dayMs) };
      expect(rules(runQualityGuard(goodDraft, context({ rejections: [edge] })))).toEqual(['GUARD-002']);
      expect(rules(runQualityGuard(goodDraft, context({ rejections: [same] }), { rejectionMemoryDays: 3 }))).toEqual(
        [],
      );
    });
  });

  describe('GUARD-003: insufficient personalisation evidence after a second enrichment', () => {
    const thin = draftWith('CircuitHub is hiring. Worth a look at which tasks qualify?', [
      fact('lead.firstName', 'Grace'),
      fact('lead.title', 'VP Operations'),
      fact('company.name', 'CircuitHub'),
      fact('signal.hiring', 'hiring'),
    ]);

    it('GUARD-003: asks for enrichment (no violation) before the second attempt', () => {
      const result = runQualityGuard(thin, context({ enrichmentAttempts: 1 }));
      expect(result).toMatchObject({ passed: true, needsEnrichment: true, violations: [] });
    });

    it('GUARD-003: blocks in hard mode after two attempts; name, title and company name do not count', () => {
      const result = runQualityGuard(thin, context({ enrichmentAttempts: 2 }));
      expect(result).toMatchObject({ passed: false, needsEnrichment: false });
      expect(rules(result)).toEqual(['GUARD-003']);
      expect(result.violations[0]?.message).toContain('Only 1 personalisation fact');
    });

    it('GUARD-003: records but passes in soft mode; minEvidence is configurable', () => {
      const soft = runQualityGuard(thin, context({ enrichmentAttempts: 2 }), { mode: 'soft' });
      expect(soft.passed).toBe(true);
      expect(rules(soft)).toEqual(['GUARD-003']);
      expect(rules(runQualityGuard(thin, context({ enrichmentAttempts: 2 }), { minEvidence: 1 }))).toEqual([]);
    });
  });

  describe('GUARD-004: banned opener', () => {
    it('GUARD-004: the default list has at least 10 patterns and each one blocks as an opener', () => {
      expect(defaultBannedOpeners.length).toBeGreaterThanOrEqual(10);
      for (const phrase of defaultBannedOpeners) {
        const draft = draftWith(`${phrase}, CircuitHub is hiring. Worth a look at which tasks qualify?`);
        const result = runQualityGuard(draft, context());
        expect(rules(result), phrase).toEqual(['GUARD-004']);
        expect(result.passed).toBe(false);
      }
    });

    it('GUARD-004: matches regardless of case, curly apostrophes and an inline greeting', () => {
      const draft = { ...goodDraft, body: `Hi Grace, HOPE YOU’RE DOING WELL! CircuitHub is hiring.${footer}` };
      expect(rules(runQualityGuard(draft, context()))).toEqual(['GUARD-004']);
    });

    it('GUARD-004: only the opener is checked, and soft mode records without blocking', () => {
      const later = draftWith('CircuitHub is hiring with about 60 people. Quick question: who owns reporting today?');
      expect(rules(runQualityGuard(later, context()))).toEqual([]);
      const opener = draftWith('I wanted to reach out about CircuitHub. Worth a look?');
      const soft = runQualityGuard(opener, context(), { mode: 'soft' });
      expect(soft).toMatchObject({ passed: true, mode: 'soft' });
      expect(rules(soft)).toEqual(['GUARD-004']);
    });

    it('GUARD-004: the list is configurable', () => {
      const draft = draftWith('Greetings from London, CircuitHub is hiring. Worth a look?');
      expect(rules(runQualityGuard(draft, context()))).toEqual([]);
      expect(rules(runQualityGuard(draft, context(), { bannedOpeners: ['greetings from'] }))).toEqual(['GUARD-004']);
    });
  });

  describe('GUARD-005: generic AI phrases in more than 40% of sentences', () => {
    const sentences = (generic: number, plain: number) =>
      [
        ...Array.from({ length: generic }, (_, index) => `We deliver a seamless experience for team ${index}.`),
        ...Array.from({ length: plain }, (_, index) => `CircuitHub is hiring ${index + 2} engineers in London.`),
      ].join(' ');

    it('GUARD-005: blocks at 3 of 5 sentences (60%) in hard mode, records in soft mode', () => {
      const draft = draftWith(sentences(3, 2));
      const hard = runQualityGuard(draft, context());
      expect(hard.passed).toBe(false);
      expect(rules(hard)).toEqual(['GUARD-005']);
      expect(hard.violations[0]?.message).toContain('3 of 5 sentences (60%)');
      const soft = runQualityGuard(draft, context(), { mode: 'soft' });
      expect(soft.passed).toBe(true);
      expect(rules(soft)).toEqual(['GUARD-005']);
    });

    it('GUARD-005: exactly 40% passes (the rule is "more than"); threshold and list are configurable', () => {
      const draft = draftWith(sentences(2, 3));
      expect(rules(runQualityGuard(draft, context()))).toEqual([]);
      expect(rules(runQualityGuard(draft, context(), { genericPhraseShare: 0.3 }))).toEqual(['GUARD-005']);
      const custom = draftWith(
        'We move fast and break things here. We move fast and break things there. CircuitHub is hiring now.',
      );
      expect(rules(runQualityGuard(custom, context(), { genericPhrases: ['move fast and break things'] }))).toEqual([
        'GUARD-005',
      ]);
    });

    it('GUARD-005: the footer and sign-off are not counted as sentences', () => {
      const draft = draftWith(
        'We deliver a seamless experience. CircuitHub is hiring engineers in London. Who owns reporting at CircuitHub today?',
      );
      expect(rules(runQualityGuard(draft, context()))).toEqual([]);
      expect(defaultGuardConfig.genericPhraseShare).toBe(0.4);
    });
  });
});
