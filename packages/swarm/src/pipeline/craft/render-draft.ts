import type { DraftProposal } from '../../domain/draft.js';
import type { Evidence } from '../../domain/evidence.js';
import type { RenderTemplate } from '../../ports/angle-library.js';
import type { CraftFacts } from './collect-facts.js';
import { composeClosing } from './compose-closing.js';
import type { SenderIdentity } from './craft-input.js';
import { draftFingerprint } from './draft-fingerprint.js';
import type { TemplateContext } from './template-context.js';

/** The template triple of an angle or follow-up, plus the evidence kinds it draws on. */
export interface DraftTemplates {
  id: string;
  subjectA: RenderTemplate;
  subjectB: RenderTemplate;
  body: RenderTemplate;
  evidenceKinds: readonly string[];
}

/** Evidence kinds every draft relies on, whatever the template: the greeting and the company name. */
const alwaysUsedKinds = ['lead.firstName', 'company.name'] as const;

/**
 * Renders subjects and body, appends the closing (signature, booking link, footer), records the
 * evidence used and fingerprints the result over subject A (SPEC §3.4). Subjects are collapsed to
 * one line because they become a header.
 */
export function renderDraft(
  templates: DraftTemplates,
  context: TemplateContext,
  facts: CraftFacts,
  sequenceStep: number,
  sender: SenderIdentity,
  bookingLink: string,
  unsubscribeUrl: string,
): DraftProposal {
  const templateContext = context as unknown as Readonly<Record<string, unknown>>;
  const subjectA = oneLine(templates.subjectA(templateContext));
  const subjectB = oneLine(templates.subjectB(templateContext));
  const body = composeClosing(templates.body(templateContext), sender, bookingLink, unsubscribeUrl);
  const evidence: Evidence[] = [];
  for (const kind of new Set([...alwaysUsedKinds, ...templates.evidenceKinds])) {
    const item = facts.byKind.get(kind);
    if (item) evidence.push(item);
  }
  return {
    sequenceStep,
    angleId: templates.id,
    subjectA,
    subjectB,
    body,
    evidence,
    fingerprint: draftFingerprint(subjectA, body),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
