import { describe, expect, it } from 'vitest';
import { hasErrorCode } from '../../domain/errors.js';
import type { LeadRecordSource, RawLeadRecordResult } from '../../ports/lead-record-source.js';
import type { DiscoverChunk } from './discover-chunk.js';
import { discoverLeads } from './discover-leads.js';

function fakeSource(results: RawLeadRecordResult[]): LeadRecordSource {
  return {
    name: 'fake:rows',
    async *records() {
      yield* results;
    },
  };
}

const row = (rowNumber: number, fields: Record<string, string>): RawLeadRecordResult => ({ rowNumber, fields });

async function collect(source: LeadRecordSource, chunkSize: number): Promise<DiscoverChunk[]> {
  const chunks: DiscoverChunk[] = [];
  for await (const chunk of discoverLeads(source, { chunkSize })) chunks.push(chunk);
  return chunks;
}

describe('discoverLeads', () => {
  const results = [
    row(1, { email: 'ann@acme.test', title: '' }),
    row(2, { email: 'bob@acme.test' }),
    { rowNumber: 3, error: 'CSV line 4 cannot be parsed' },
    row(4, { email: ' ANN@ACME.TEST', title: 'CTO' }),
    row(5, { email: 'no-at.acme.test' }),
    row(6, { email: 'BOB@acme.test', title: 'CEO' }),
    row(7, { email: 'cat@acme.test' }),
  ];

  it('SPEC 3.1: every row is exactly one of imported, duplicate or rejected (rowsRead = imported + duplicates + rejected)', async () => {
    const [chunk] = await collect(fakeSource(results), 100);
    expect(chunk?.rowsRead).toBe(7);
    expect(chunk?.candidates.map((candidate) => candidate.rowNumber)).toEqual([1, 2, 7]);
    expect(chunk?.duplicates).toBe(2);
    expect(chunk?.rejected).toEqual([
      { row: 3, reason: 'CSV line 4 cannot be parsed' },
      { row: 5, reason: expect.stringContaining('email "no-at.acme.test" is not a valid email address') },
    ]);
  });

  it('SPEC 3.1: a duplicate in the same chunk is merged into the candidate before it is yielded', async () => {
    const [chunk] = await collect(fakeSource(results), 100);
    expect(chunk?.candidates[0]).toMatchObject({ rowNumber: 1, title: 'CTO', source: 'fake:rows' });
    expect(chunk?.updatedCandidates).toEqual([]);
  });

  it('SPEC 3.1: catches duplicates across chunks and reports the updated earlier lead', async () => {
    const chunks = await collect(fakeSource(results), 3);
    expect(chunks.map((chunk) => chunk.rowsRead)).toEqual([3, 3, 1]);
    expect(chunks.map((chunk) => chunk.duplicates)).toEqual([0, 2, 0]);
    expect(chunks[1]?.candidates).toEqual([]);
    expect(chunks[1]?.updatedCandidates.map((lead) => [lead.rowNumber, lead.title])).toEqual([
      [1, 'CTO'],
      [2, 'CEO'],
    ]);
    const imported = chunks.flatMap((chunk) => chunk.candidates.map((candidate) => candidate.rowNumber));
    expect(imported).toEqual([1, 2, 7]);
  });

  it('builds the header map per record shape, so records with other columns still map', async () => {
    const [chunk] = await collect(
      fakeSource([row(1, { email: 'a@acme.test' }), row(2, { 'Work Email': 'b@acme.test', Extra: 'x' })]),
      10,
    );
    expect(chunk?.candidates.map((candidate) => [candidate.email, candidate.attributes])).toEqual([
      ['a@acme.test', {}],
      ['b@acme.test', { Extra: 'x' }],
    ]);
  });

  it('yields nothing for an empty source', async () => {
    expect(await collect(fakeSource([]), 10)).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects chunkSize %s with input_invalid', async (chunkSize) => {
    await expect(collect(fakeSource(results), chunkSize)).rejects.toSatisfy((error: unknown) =>
      hasErrorCode(error, 'input_invalid'),
    );
  });
});
