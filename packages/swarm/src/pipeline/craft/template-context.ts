import { greetingName } from '../../domain/lead.js';
import type { Tier } from '../../domain/lead.js';
import type { CraftFacts } from './collect-facts.js';
import type { CraftLead, PreviouslyRejected, SenderIdentity } from './craft-input.js';
import { cleanOneLiner, displayIndustry, focusAreaFor, fundingAmountText, teamSizeText } from './text-phrases.js';

/**
 * The variables every template may read (listed for users at the top of `resources/angles.yaml`).
 * Every key is always present; unknown facts are `null` so templates can test them with `{{#if}}`
 * while strict mode still catches misspelt names.
 */
export interface TemplateContext {
  /** Never empty: `greetingName` falls back to `there` (SPEC §3.3). */
  firstName: string;
  companyName: string;
  title: string | null;
  focusArea: string;
  industry: string | null;
  oneLiner: string | null;
  city: string | null;
  teamSizeText: string | null;
  hiring: { detail: string | null } | null;
  funding: { amountText: string | null } | null;
  launch: { detail: string | null } | null;
  leadershipChange: { detail: string | null } | null;
  websiteVisit: { detail: string | null } | null;
  sender: { name: string; title: string; company: string };
  bookingLink: string;
  tier: Tier | null;
  /** Why earlier drafts for this lead were rejected (SPEC §3.4: available to the template/LLM). */
  rejection: { count: number; reasons: readonly string[]; latestReason: string | null };
}

/** Builds the template context from collected facts. Pure. */
export function buildTemplateContext(
  lead: CraftLead,
  facts: CraftFacts,
  sender: SenderIdentity,
  bookingLink: string,
  tier: Tier | null,
  rejected: PreviouslyRejected,
): TemplateContext {
  const fact = (kind: string): string | null => facts.byKind.get(kind)?.value ?? null;
  const signalDetail = (kind: string) => {
    if (!facts.byKind.has(`signal.${kind}`)) return null;
    return { detail: facts.signalByKind.get(kind)?.detail ?? null };
  };
  const employeeFact = fact('company.employeeCount');
  const funding = facts.byKind.get('signal.funding');
  return {
    firstName: greetingName({ firstName: fact('lead.firstName') ?? lead.firstName }),
    companyName: fact('company.name') ?? 'your company',
    title: fact('lead.title'),
    focusArea: focusAreaFor(fact('lead.title')),
    industry: displayIndustry(fact('company.industry')),
    oneLiner: cleanOneLiner(fact('company.description')),
    city: fact('company.city'),
    teamSizeText: teamSizeText(employeeFact === null ? null : Number(employeeFact)),
    hiring: signalDetail('hiring'),
    funding: funding
      ? { amountText: fundingAmountText(facts.signalByKind.get('funding')?.detail ?? funding.value) }
      : null,
    launch: signalDetail('product_launch'),
    leadershipChange: signalDetail('leadership_change'),
    websiteVisit: signalDetail('website_activity'),
    sender: { name: sender.name, title: sender.title, company: sender.company },
    bookingLink,
    tier,
    rejection: {
      count: rejected.angleIds.length,
      reasons: rejected.reasons,
      latestReason: rejected.reasons.at(-1) ?? null,
    },
  };
}
