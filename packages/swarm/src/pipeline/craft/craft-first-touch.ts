import type { DraftProposal } from '../../domain/draft.js';
import { CaioError } from '../../domain/errors.js';
import type { AngleLibrary } from '../../ports/angle-library.js';
import { chooseAngle } from './choose-angle.js';
import { collectFacts } from './collect-facts.js';
import type { CraftFirstTouchInput } from './craft-input.js';
import { renderDraft } from './render-draft.js';
import { buildTemplateContext } from './template-context.js';

const noRejections = { angleIds: [], reasons: [] } as const;

/**
 * Writes the first touch (cadence step 1) for one lead (SPEC §3.4). Pure and synchronous; `library`
 * comes precompiled from `loadAngleLibrary`.
 *
 * - Angle: chosen by `chooseAngle` — deterministic per lead id among the tier's angles whose required
 *   evidence is present, rotating away from `previouslyRejected.angleIds`.
 * - Context: facts from evidence, company profile, signals and role; rejection reasons included.
 * - Body: template + booking link + signature + CAN-SPAM footer (postal address, unsubscribe link).
 * - `evidence`: the facts the chosen angle draws on; `fingerprint`: see `draftFingerprint`.
 *
 * @throws CaioError `input_invalid` when the lead has no tier (disqualified) or the library has no
 *   angle for it, or a template reads a variable the context lacks.
 */
export function craftFirstTouch(input: CraftFirstTouchInput, library: AngleLibrary): DraftProposal {
  const tier = input.score.tier;
  if (tier === null) {
    throw new CaioError('input_invalid', `Lead ${input.lead.id} has no tier (disqualified); score it before crafting.`);
  }
  const rejected = input.previouslyRejected ?? noRejections;
  const facts = collectFacts(input.lead, input.company, input.signals, input.evidence);
  const angle = chooseAngle(library, tier, input.lead.id, facts.byKind, rejected.angleIds);
  const context = buildTemplateContext(input.lead, facts, input.sender, input.bookingLink, tier, rejected);
  return renderDraft(
    {
      id: angle.id,
      subjectA: angle.subjectA,
      subjectB: angle.subjectB,
      body: angle.body,
      evidenceKinds: [...angle.requires, ...angle.uses],
    },
    context,
    facts,
    1,
    input.sender,
    input.bookingLink,
    input.unsubscribeUrl,
  );
}
