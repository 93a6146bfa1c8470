import type { AngleLibrary } from '../ports/angle-library.js';
import type { Tier } from '../domain/lead.js';
import type { RenderTemplate } from '../ports/angle-library.js';
import { composeClosing } from '../pipeline/craft/index.js';
import {
  angleLibraryLintSample,
  lintTemplateContext,
  type AngleLibraryLintSample,
} from './angle-library-lint-sample.js';
import { lintOutboundTemplate } from './lint-outbound-template.js';
import { lintPostalAddress } from './lint-postal-address.js';
import type { TemplateLintFinding } from './template-lint-finding.js';

/** A library-lint finding: which template and subject variant, or null for the sender settings. */
export interface AngleLibraryLintFinding extends TemplateLintFinding {
  /** Angle or follow-up id; null for a finding about the sender settings (reported once). */
  templateId: string | null;
  variant: 'A' | 'B' | null;
}

interface LintedTemplate {
  id: string;
  tier: Tier | null;
  sequenceStep: number;
  requires: readonly string[];
  subjectA: RenderTemplate;
  subjectB: RenderTemplate;
  body: RenderTemplate;
}

function entriesOf(library: AngleLibrary): LintedTemplate[] {
  return [
    ...library.angles.map((angle) => ({ ...angle, sequenceStep: 1 })),
    ...Object.values(library.followUps).map((followUp) => ({
      ...followUp,
      tier: 'tier_1' as const,
      sequenceStep: followUp.defaultStep,
      requires: [],
    })),
  ];
}

function lintEntry(entry: LintedTemplate, sample: AngleLibraryLintSample): AngleLibraryLintFinding[] {
  const found = new Map<string, AngleLibraryLintFinding>();
  for (const facts of ['all', 'required'] as const) {
    const context = lintTemplateContext(sample, { tier: entry.tier, requires: entry.requires, facts });
    const variables = context as unknown as Readonly<Record<string, unknown>>;
    for (const variant of ['A', 'B'] as const) {
      let findings: TemplateLintFinding[];
      try {
        const subject = (variant === 'A' ? entry.subjectA : entry.subjectB)(variables).replace(/\s+/g, ' ').trim();
        const body = composeClosing(entry.body(variables), sample.sender, sample.bookingLink, sample.unsubscribeUrl);
        findings = lintOutboundTemplate({
          subject,
          body,
          sequenceStep: entry.sequenceStep,
          postalAddress: sample.sender.postalAddress,
          unsubscribeUrl: sample.unsubscribeUrl,
        }).filter((finding) => finding.rule !== 'postal_address_invalid' && finding.rule !== 'postal_address_missing');
      } catch (error) {
        findings = [
          {
            rule: 'template_render_failed',
            message: `Rendering with ${facts === 'all' ? 'every fact' : 'only the required facts'} failed: ${(error as Error).message}`,
          },
        ];
      }
      for (const finding of findings) {
        const key = `${variant}:${finding.rule}`;
        if (!found.has(key)) found.set(key, { ...finding, templateId: entry.id, variant });
      }
    }
  }
  return [...found.values()];
}

/**
 * EM-1 lint of a whole angle library (`resources/angles.yaml` + `templates/`): renders both subject
 * variants and the body of every angle and follow-up twice — with every optional fact and with only
 * the required ones — appends the closing exactly as the crafter does (`composeClosing`: signature,
 * booking link, postal address, opt-out sentence and link), and lints each result with
 * {@link lintOutboundTemplate} (angles as first touches, follow-ups at their default cadence step,
 * not in-thread). The sender's postal address is checked once (`templateId: null`). A template that
 * cannot be rendered is a `template_render_failed` finding. Pure; empty = the library is compliant.
 */
export function lintAngleLibrary(
  library: AngleLibrary,
  sample: AngleLibraryLintSample = angleLibraryLintSample,
): AngleLibraryLintFinding[] {
  return [
    ...lintPostalAddress(sample.sender.postalAddress).map((finding) => ({
      ...finding,
      templateId: null,
      variant: null,
    })),
    ...entriesOf(library).flatMap((entry) => lintEntry(entry, sample)),
  ];
}
