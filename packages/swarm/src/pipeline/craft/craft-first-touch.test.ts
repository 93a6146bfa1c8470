import { beforeAll, describe, expect, it } from 'vitest';
import { compilePlainTextTemplate, loadAngleLibrary } from '../../adapters/templates/index.js';
import type { DraftProposal } from '../../domain/draft.js';
import { isCaioError } from '../../domain/errors.js';
import type { AngleLibrary } from '../../ports/angle-library.js';
import { followUpKinds } from '../../ports/angle-library.js';
import {
  craftInputFor,
  sampleBookingLink,
  sampleLeads,
  sampleSender,
  sampleUnsubscribeUrl,
  type SampleLead,
} from './__fixtures__/sample-leads.js';
import { craftFirstTouch } from './craft-first-touch.js';
import { craftFollowUp } from './craft-follow-up.js';
import { runQualityGuard } from '../guard/index.js';

let library: AngleLibrary;
beforeAll(async () => {
  library = await loadAngleLibrary();
});

/** Every draft the library can produce for the samples: each eligible angle (forced by rejecting the others) and every follow-up. */
function everyDraft(): { sample: SampleLead; draft: DraftProposal }[] {
  const drafts: { sample: SampleLead; draft: DraftProposal }[] = [];
  for (const sample of sampleLeads) {
    for (const angle of library.angles.filter((candidate) => candidate.tier === sample.tier)) {
      const others = library.angles.filter((candidate) => candidate.id !== angle.id).map((candidate) => candidate.id);
      const draft = craftFirstTouch(
        craftInputFor(sample, { previouslyRejected: { angleIds: others, reasons: [] } }),
        library,
      );
      drafts.push({ sample, draft });
    }
    for (const kind of followUpKinds)
      drafts.push({ sample, draft: craftFollowUp(kind, craftInputFor(sample), library) });
  }
  return drafts;
}

describe('craftFirstTouch / craftFollowUp', () => {
  it('SPEC 3.4 / EM-1: every draft carries signature, booking link, postal address and an unsubscribe sentence with link', () => {
    const drafts = everyDraft();
    expect(drafts.length).toBeGreaterThan(30);
    for (const { draft } of drafts) {
      expect(draft.body, draft.angleId).toContain(sampleBookingLink);
      expect(draft.body).toContain(`${sampleSender.name}\n${sampleSender.title}, ${sampleSender.company}`);
      expect(draft.body).toContain(sampleSender.postalAddress);
      expect(draft.body).toMatch(
        new RegExp(`unsubscribe here: ${sampleUnsubscribeUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
      );
      const footerStart = draft.body.indexOf('\n-- \n');
      expect(footerStart).toBeGreaterThan(0);
      expect(draft.body.indexOf(sampleSender.postalAddress)).toBeGreaterThan(footerStart);
    }
  });

  it('SPEC 3.4: a configured signature replaces the default sign-off', () => {
    const sample = sampleLeads[0] as SampleLead;
    const draft = craftFirstTouch(
      craftInputFor(sample, { sender: { ...sampleSender, signature: 'Cheers,\nDana' } }),
      library,
    );
    expect(draft.body).toContain('Cheers,\nDana\n-- \n');
    expect(draft.body).not.toContain('Best,');
  });

  it('SPEC 3.3: a null, empty or whitespace first name never yields an empty greeting', () => {
    for (const firstName of [null, '', '   ', '\t']) {
      for (const sample of sampleLeads) {
        const input = craftInputFor({ ...sample, lead: { ...sample.lead, firstName } });
        const bodies = [
          craftFirstTouch(input, library).body,
          ...followUpKinds.map((kind) => craftFollowUp(kind, input, library).body),
        ];
        for (const body of bodies) {
          expect(body.startsWith('Hi there,\n')).toBe(true);
          expect(body).not.toMatch(/\b(Hi|Hello|Dear)\s*,/);
        }
      }
    }
  });

  it('SPEC 3.4: output reads as finished text — no template markup, no null/undefined, subjects on one line', () => {
    for (const { draft } of everyDraft()) {
      const text = `${draft.subjectA}\n${draft.subjectB}\n${draft.body}`;
      expect(text).not.toMatch(/\{\{|\}\}|\bnull\b|\bundefined\b|NaN|\[object/);
      expect(draft.subjectA).not.toMatch(/[\r\n]/);
      expect(draft.subjectA).not.toBe(draft.subjectB);
      expect(draft.body).not.toMatch(/ {2,}|\n{3,}/);
    }
  });

  it('SPEC 3.5: no shipped template trips GUARD-004 (banned opener) or GUARD-005 (generic phrases)', () => {
    for (const { sample, draft } of everyDraft()) {
      const result = runQualityGuard(draft, {
        leadId: sample.lead.id,
        rejections: [],
        enrichmentAttempts: 0,
        now: new Date(0),
      });
      expect(result.violations, `${sample.lead.id} ${draft.angleId}`).toEqual([]);
    }
  });

  it('SPEC 3.4: personalises from evidence and stores the evidence it used', () => {
    const circuitHub = sampleLeads[0] as SampleLead;
    const hiringAngle = library.angles.filter((angle) => angle.id !== 't1-hiring-leverage').map((angle) => angle.id);
    const draft = craftFirstTouch(
      craftInputFor(circuitHub, { previouslyRejected: { angleIds: hiringAngle, reasons: [] } }),
      library,
    );
    expect(draft.angleId).toBe('t1-hiring-leverage');
    expect(draft.body).toContain('CircuitHub is hiring with about 60 people');
    expect(draft.body).toContain('tasks in operations');
    const kinds = draft.evidence.map((item) => item.kind);
    expect(kinds).toEqual(expect.arrayContaining(['signal.hiring', 'company.employeeCount', 'company.name']));
    const hiring = draft.evidence.find((item) => item.kind === 'signal.hiring');
    expect(hiring).toMatchObject({
      source: 'yc-companies.csv (isHiring flag at snapshot)',
      observedAt: '2026-01-14T00:00:00.000Z',
    });
  });

  it('SPEC 3.4: supplied evidence wins over facts derived from the company profile', () => {
    const arcten = sampleLeads[5] as SampleLead;
    const others = library.angles.filter((angle) => angle.id !== 't2-workflow-audit').map((angle) => angle.id);
    const evidence = [
      {
        kind: 'company.description',
        value: 'Ships AI copilots for SaaS products',
        source: 'research:site',
        observedAt: '2026-01-25T00:00:00.000Z',
      },
    ];
    const draft = craftFirstTouch(
      craftInputFor(arcten, { evidence, previouslyRejected: { angleIds: others, reasons: [] } }),
      library,
    );
    expect(draft.body).toContain('"Ships AI copilots for SaaS products"');
    expect(draft.evidence).toContainEqual(evidence[0]);
  });

  it('SPEC 3.4: angle choice is deterministic per lead and spreads leads over the tier angles', () => {
    const sample = sampleLeads[0] as SampleLead;
    const first = craftFirstTouch(craftInputFor(sample), library);
    expect(craftFirstTouch(craftInputFor(sample), library)).toEqual(first);
    const used = new Set<string>();
    for (let index = 0; index < 200; index++) {
      used.add(
        craftFirstTouch(craftInputFor({ ...sample, lead: { ...sample.lead, id: `lead-${index}` } }), library).angleId,
      );
    }
    expect([...used].sort()).toEqual(['t1-hiring-leverage', 't1-ops-hours', 't1-role-priorities']);
  });

  it('SPEC 3.4: after a rejection the next draft rotates to a different angle, and never back while others remain', () => {
    for (const sample of sampleLeads) {
      const rejected: string[] = [];
      const reasons: string[] = [];
      const eligible = new Set<string>();
      for (let round = 0; round < 4; round++) {
        const draft = craftFirstTouch(
          craftInputFor(sample, { previouslyRejected: { angleIds: rejected, reasons } }),
          library,
        );
        if (eligible.has(draft.angleId)) break;
        expect(rejected).not.toContain(draft.angleId);
        eligible.add(draft.angleId);
        rejected.push(draft.angleId);
        reasons.push(`too generic (${round})`);
      }
      expect(eligible.size, sample.lead.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('SPEC 3.4: once every eligible angle was rejected, the least-rejected one is reused', () => {
    const sample = sampleLeads[4] as SampleLead; // TrueNorth, tier_3, no signals
    const eligible = ['t3-one-question', 't3-resource-share', 't3-local-peer'];
    const draft = craftFirstTouch(
      craftInputFor(sample, {
        previouslyRejected: {
          angleIds: [...eligible, 't3-one-question', 't3-local-peer'],
          reasons: ['no', 'no', 'no', 'no', 'no'],
        },
      }),
      library,
    );
    expect(draft.angleId).toBe('t3-resource-share');
  });

  it('SPEC 3.4: an angle whose required evidence is missing is never chosen', () => {
    const truenorth = sampleLeads[4] as SampleLead; // no signals
    for (let index = 0; index < 50; index++) {
      const draft = craftFirstTouch(
        craftInputFor({ ...truenorth, lead: { ...truenorth.lead, id: `tn-${index}` } }),
        library,
      );
      expect(draft.angleId).not.toBe('t3-growth-timing');
    }
  });

  it('SPEC 3.4: rejection reasons reach the template context', () => {
    const echo = compilePlainTextTemplate(
      'Hi {{firstName}}, {{rejection.count}} earlier: {{rejection.latestReason}}',
      'echo.hbs',
    );
    const echoLibrary: AngleLibrary = {
      ...library,
      angles: [
        {
          ...(library.angles[0] as AngleLibrary['angles'][number]),
          id: 't1-echo',
          tier: 'tier_1',
          requires: [],
          body: echo,
        },
      ],
    };
    const sample = sampleLeads[0] as SampleLead;
    const draft = craftFirstTouch(
      craftInputFor(sample, {
        previouslyRejected: {
          angleIds: ['t1-ops-hours', 't1-role-priorities'],
          reasons: ['too long', 'sounds generic'],
        },
      }),
      echoLibrary,
    );
    expect(draft.body.startsWith('Hi Grace, 2 earlier: sounds generic\n')).toBe(true);
  });

  it('follow-ups use their cadence step and can be moved to another step', () => {
    const sample = sampleLeads[1] as SampleLead;
    expect(craftFollowUp('break_up', craftInputFor(sample), library)).toMatchObject({
      sequenceStep: 7,
      angleId: 'fu-break-up',
    });
    expect(craftFollowUp('value_follow_up', { ...craftInputFor(sample), sequenceStep: 4 }, library).sequenceStep).toBe(
      4,
    );
  });

  it('refuses a lead without a tier with a clear error', () => {
    const sample = sampleLeads[0] as SampleLead;
    let caught: unknown;
    try {
      craftFirstTouch(craftInputFor(sample, { score: { tier: null } }), library);
    } catch (error) {
      caught = error;
    }
    expect(isCaioError(caught) && caught.code).toBe('input_invalid');
    expect((caught as Error).message).toContain('score it before crafting');
  });
});
