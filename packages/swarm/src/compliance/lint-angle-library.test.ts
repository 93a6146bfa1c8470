import { beforeAll, describe, expect, it } from 'vitest';
import { loadAngleLibrary } from '../adapters/templates/index.js';
import { compilePlainTextTemplate } from '../adapters/templates/compile-plain-text-template.js';
import type { AngleLibrary } from '../ports/angle-library.js';
import { angleLibraryLintSample } from './angle-library-lint-sample.js';
import { lintAngleLibrary } from './lint-angle-library.js';

let library: AngleLibrary;
beforeAll(async () => {
  library = await loadAngleLibrary();
});

describe('EM-1 lint of the shipped angle library (resources/)', () => {
  it('EM-1: every shipped angle and follow-up, both subjects, every fact combination, passes', () => {
    expect(library.angles.length).toBe(11);
    expect(lintAngleLibrary(library)).toEqual([]);
  });

  it('EM-1: reports a deceptive subject per template and variant, and a placeholder address once', () => {
    const [first, ...rest] = library.angles;
    const broken: AngleLibrary = {
      ...library,
      angles: [{ ...first!, subjectB: compilePlainTextTemplate('RE: {{companyName}}', 'test') }, ...rest],
    };
    const sample = {
      ...angleLibraryLintSample,
      sender: { ...angleLibraryLintSample.sender, postalAddress: '123 Placeholder Street, Nowhere' },
    };
    expect(
      lintAngleLibrary(broken, sample).map(({ templateId, variant, rule }) => ({ templateId, variant, rule })),
    ).toEqual([
      { templateId: null, variant: null, rule: 'postal_address_invalid' },
      { templateId: first!.id, variant: 'B', rule: 'subject_fake_thread' },
    ]);
  });

  it('reports a template that cannot render with only its required facts', () => {
    const [first, ...rest] = library.angles;
    const broken: AngleLibrary = {
      ...library,
      angles: [
        { ...first!, body: compilePlainTextTemplate('Hi {{firstName}}, {{funding.amountText}}', 'test') },
        ...rest,
      ],
    };
    const rules = lintAngleLibrary(broken).map((finding) => `${finding.templateId}:${finding.rule}`);
    expect(rules).toContain(`${first!.id}:template_render_failed`);
  });
});
