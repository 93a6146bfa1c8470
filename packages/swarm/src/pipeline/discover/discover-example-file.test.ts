import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCsvLeadRecordSource } from '../../adapters/csv/index.js';
import type { LeadCandidate } from '../../domain/lead.js';
import type { RawLeadRecordResult } from '../../ports/lead-record-source.js';
import { addDiscoverChunk, createDiscoverTally, discoverLeads, type DiscoverTally } from './index.js';

// The repository's example lead list (a verbatim copy of the project's generated sample, quirks included).
const exampleFile = join(import.meta.dirname, '..', '..', '..', '..', '..', 'examples', 'leads.csv');

async function runDiscover(chunkSize: number) {
  let tally: DiscoverTally = createDiscoverTally();
  const candidates = new Map<number, LeadCandidate>();
  for await (const chunk of discoverLeads(createCsvLeadRecordSource(exampleFile), { chunkSize })) {
    tally = addDiscoverChunk(tally, chunk);
    for (const candidate of [...chunk.candidates, ...chunk.updatedCandidates])
      candidates.set(candidate.rowNumber, candidate);
  }
  return { tally, candidates };
}

describe('discover over examples/leads.csv (csv adapter + discover)', () => {
  let run: Awaited<ReturnType<typeof runDiscover>>;
  const raw: RawLeadRecordResult[] = [];

  beforeAll(async () => {
    run = await runDiscover(250);
    for await (const record of createCsvLeadRecordSource(exampleFile).records()) raw.push(record);
  });

  it('SPEC 3.1: rowsRead = imported + duplicates + rejected over all 2,259 data records', () => {
    const { tally } = run;
    expect(tally).toMatchObject({ rowsRead: 2259, imported: 2233, duplicates: 22, rejected: 4 });
    expect(tally.rowsRead).toBe(tally.imported + tally.duplicates + tally.rejected);
    expect(raw).toHaveLength(2259);
  });

  it('SPEC 3.1: rejects exactly the 4 malformed emails, with row numbers and reasons', () => {
    expect(run.tally.rejections).toEqual([
      { row: 763, reason: expect.stringMatching(/^email "trailing\.dot\.@polytomic\.test" .*ends with a dot/) },
      { row: 767, reason: expect.stringMatching(/^email "ukasz space@kontigo\.test" .*contains a space/) },
      { row: 1443, reason: expect.stringMatching(/^email "double@@clinikally\.test" .*more than one "@"/) },
      { row: 1475, reason: expect.stringMatching(/^email "missing-at-sign\.sapling\.test" .*no "@"/) },
    ]);
  });

  it('SPEC 3.1: counts the 12 exact duplicate rows and the 10 case/space email variants as duplicates', () => {
    const lines = raw.map((record) => ('fields' in record ? JSON.stringify(record.fields) : record.error));
    const exactRepeats = lines.filter((line, index) => lines.indexOf(line) !== index).length;
    const caseVariants = raw.filter(
      (record) => 'fields' in record && /[A-Z]|^\s|\s$/.test(record.fields['email'] ?? ''),
    );
    expect(exactRepeats).toBe(12);
    expect(caseVariants).toHaveLength(10);
    for (const variant of caseVariants) expect(run.candidates.has(variant.rowNumber)).toBe(false);
    expect(exactRepeats + caseVariants.length).toBe(run.tally.duplicates);
  });

  it('SPEC 3.1: no row is silently dropped — each is imported, rejected, or a duplicate of an imported lead', () => {
    const rejectedRows = new Set(run.tally.rejections.map((rejection) => rejection.row));
    const importedKeys = new Set([...run.candidates.values()].map((candidate) => candidate.emailKey));
    for (const record of raw) {
      if (run.candidates.has(record.rowNumber) || rejectedRows.has(record.rowNumber)) continue;
      expect('fields' in record && importedKeys.has((record.fields['email'] ?? '').trim().toLowerCase())).toBe(true);
    }
    expect(run.candidates.size).toBe(run.tally.imported);
  });

  it('gives the same outcome whatever the chunk size', async () => {
    const single = await runDiscover(100_000);
    expect(single.tally).toEqual(run.tally);
    const byRow = (candidates: Map<number, LeadCandidate>) =>
      [...candidates.entries()].sort(([left], [right]) => left - right);
    expect(byRow(single.candidates)).toEqual(byRow(run.candidates));
  });

  it('keeps the data quirks the later stages handle: role accounts with empty names, ALL-CAPS names calmed', () => {
    const roleAccounts = [...run.candidates.values()].filter((candidate) => candidate.firstName === null);
    expect(roleAccounts).toHaveLength(20);
    expect(run.candidates.get(91)).toMatchObject({ firstName: 'Dana', lastName: 'Olsen', companyDomain: 'durioo.com' });
  });
});
