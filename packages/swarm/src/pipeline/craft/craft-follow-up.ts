import type { DraftProposal } from '../../domain/draft.js';
import type { AngleLibrary, FollowUpKind } from '../../ports/angle-library.js';
import { collectFacts } from './collect-facts.js';
import type { CraftFollowUpInput } from './craft-input.js';
import { renderDraft } from './render-draft.js';
import { buildTemplateContext } from './template-context.js';

/**
 * Writes a cadence follow-up (SPEC §3.4, §5): `value_follow_up` (step 3), `social_proof` (5),
 * `break_up` (7) or `graceful_close` (8). Same facts, closing, evidence and fingerprint rules as
 * `craftFirstTouch`; the step defaults to the template's `step` in angles.yaml.
 *
 * @throws CaioError `input_invalid` when a template reads a variable the context lacks.
 */
export function craftFollowUp(kind: FollowUpKind, input: CraftFollowUpInput, library: AngleLibrary): DraftProposal {
  const template = library.followUps[kind];
  const rejected = input.previouslyRejected ?? { angleIds: [], reasons: [] };
  const facts = collectFacts(input.lead, input.company, input.signals, input.evidence);
  const context = buildTemplateContext(
    input.lead,
    facts,
    input.sender,
    input.bookingLink,
    input.score?.tier ?? null,
    rejected,
  );
  return renderDraft(
    {
      id: template.id,
      subjectA: template.subjectA,
      subjectB: template.subjectB,
      body: template.body,
      evidenceKinds: template.uses,
    },
    context,
    facts,
    input.sequenceStep ?? template.defaultStep,
    input.sender,
    input.bookingLink,
    input.unsubscribeUrl,
  );
}
