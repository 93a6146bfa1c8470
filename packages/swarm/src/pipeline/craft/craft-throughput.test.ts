import { beforeAll, expect, it } from 'vitest';
import { loadAngleLibrary } from '../../adapters/templates/index.js';
import type { AngleLibrary } from '../../ports/angle-library.js';
import { craftInputFor, sampleLeads, type SampleLead } from './__fixtures__/sample-leads.js';
import { craftFirstTouch } from './craft-first-touch.js';

let library: AngleLibrary;
beforeAll(async () => {
  library = await loadAngleLibrary();
});

it('SPEC 3.4: crafting is fast enough for 100k drafts in a benchmark (measured on 20k here)', () => {
  const count = 20_000;
  const inputs = Array.from({ length: count }, (_, index) => {
    const sample = sampleLeads[index % sampleLeads.length] as SampleLead;
    return craftInputFor({ ...sample, lead: { ...sample.lead, id: `bench-${index}` } });
  });
  const started = performance.now();
  let bytes = 0;
  for (const input of inputs) bytes += craftFirstTouch(input, library).body.length;
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round(count / seconds);
  console.info(`craftFirstTouch throughput: ${perSecond} drafts/s (${count} drafts in ${seconds.toFixed(2)} s)`);
  expect(bytes).toBeGreaterThan(count * 300);
  // Generous floor for a shared 2-core CI box; typical is far higher (see the report).
  expect(perSecond).toBeGreaterThan(5_000);
});
