import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCaioError } from '../../domain/errors.js';
import { followUpKinds } from '../../ports/angle-library.js';
import { defaultResourcesDir, loadAngleLibrary } from './load-angle-library.js';

const sampleContext = {
  firstName: 'Grace',
  companyName: 'CircuitHub',
  title: 'VP Operations',
  focusArea: 'operations',
  industry: 'industrials',
  oneLiner: 'On-Demand Electronics Manufacturing',
  city: 'London',
  teamSizeText: 'about 60 people',
  hiring: { detail: null },
  funding: { amountText: '$3M' },
  launch: { detail: null },
  leadershipChange: null,
  websiteVisit: null,
  sender: { name: 'Dana Sender', title: 'Chief AI Officer', company: 'Example Advisory' },
  bookingLink: 'https://book.example.com/dana',
  tier: 'tier_1',
  rejection: { count: 0, reasons: [], latestReason: null },
};

const scratchDirs: string[] = [];
afterEach(async () => {
  for (const dir of scratchDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function copyOfResources(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'caio-angles-'));
  scratchDirs.push(dir);
  await cp(defaultResourcesDir(), dir, { recursive: true });
  return dir;
}

async function expectConfigError(promise: Promise<unknown>, ...fragments: string[]): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isCaioError(error) && error.code).toBe('config_invalid');
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
}

describe('loadAngleLibrary', () => {
  it('SPEC 3.4: ships at least 11 angles — 4 tier_1, 3 tier_2, 4 tier_3 — with two distinct subjects each', async () => {
    const library = await loadAngleLibrary();
    expect(library.angles.length).toBeGreaterThanOrEqual(11);
    const perTier = (tier: string) => library.angles.filter((angle) => angle.tier === tier).length;
    expect([perTier('tier_1'), perTier('tier_2'), perTier('tier_3')]).toEqual([4, 3, 4]);
    for (const angle of library.angles) {
      const subjectA = angle.subjectA(sampleContext);
      const subjectB = angle.subjectB(sampleContext);
      expect(subjectA.length, angle.id).toBeGreaterThan(5);
      expect(subjectA.toLowerCase(), angle.id).not.toBe(subjectB.toLowerCase());
      expect(subjectA, angle.id).not.toMatch(/^(re|fwd?):/i);
    }
    expect(new Set(library.angles.map((angle) => angle.id)).size).toBe(library.angles.length);
  });

  it('SPEC 3.4: ships the four follow-up templates with distinct A/B subjects on cadence steps 3, 5, 7, 8', async () => {
    const library = await loadAngleLibrary();
    expect(followUpKinds.map((kind) => library.followUps[kind].defaultStep)).toEqual([3, 5, 7, 8]);
    for (const kind of followUpKinds) {
      const template = library.followUps[kind];
      expect(template.subjectA(sampleContext)).not.toBe(template.subjectB(sampleContext));
      expect(template.body(sampleContext)).toContain('Hi Grace,');
    }
  });

  it('renders plain text without HTML escaping', async () => {
    const library = await loadAngleLibrary();
    const angle = library.angles.find((candidate) => candidate.id === 't1-ops-hours');
    const body = angle?.body({ ...sampleContext, oneLiner: 'Food & gifts <fast>' });
    expect(body).toContain('"Food & gifts <fast>"');
  });

  it('strict mode: a template that reads an unknown variable fails with the file name', async () => {
    const dir = await copyOfResources();
    await writeFile(join(dir, 'templates', 't3-one-question.hbs'), 'Hi {{firstNme}},\n');
    const library = await loadAngleLibrary(dir);
    const angle = library.angles.find((candidate) => candidate.id === 't3-one-question');
    expect(() => angle?.body(sampleContext)).toThrow(/t3-one-question\.hbs.*firstNme/);
  });

  it('names the file and the fix when angles.yaml is missing', async () => {
    const dir = await copyOfResources();
    await rm(join(dir, 'angles.yaml'));
    await expectConfigError(loadAngleLibrary(dir), 'angles.yaml', 'craft.resourcesDir');
  });

  it('rejects identical A/B subjects and a tier without a fallback angle, naming the file', async () => {
    const dir = await copyOfResources();
    const path = join(dir, 'angles.yaml');
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      text
        .replace(
          "subjectB: 'Is AI on the list at {{companyName}} this year?'",
          "subjectB: 'Quick yes/no for {{companyName}}'",
        )
        .replace(/(id: t2-industry-pattern[\s\S]*?requires: )\[\]/, '$1[company.industry]'),
    );
    await expectConfigError(
      loadAngleLibrary(dir),
      path,
      't3-one-question: subjectA and subjectB must differ',
      'tier_2 needs',
    );
  });

  it('EM-1: rejects a first-touch subject that pretends to be a reply', async () => {
    const dir = await copyOfResources();
    const path = join(dir, 'angles.yaml');
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace(
        "subjectA: '{{companyName}} after the raise'",
        "subjectA: 'Re: {{companyName}} after the raise'",
      ),
    );
    await expectConfigError(
      loadAngleLibrary(dir),
      't1-funding-next-stage: a first-touch subject may not start with Re:/Fwd:',
    );
  });

  it('rejects a schema violation with the entry path, and a template syntax error with the template path', async () => {
    const dir = await copyOfResources();
    const path = join(dir, 'angles.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('tier: tier_3', 'tier: tier_9'));
    await expectConfigError(loadAngleLibrary(dir), path, 'angles.');

    const second = await copyOfResources();
    await writeFile(join(second, 'templates', 'fu-value.hbs'), 'Hi {{#if firstName}}{{firstName}},\n');
    await expectConfigError(loadAngleLibrary(second), 'fu-value.hbs', 'syntax error');
  });
});
