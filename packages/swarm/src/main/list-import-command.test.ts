import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import type { ExclusionEntry } from '../ports/exclusion-list-store.js';
import {
  importExclusionCsv,
  importSuppressionCsv,
  registerListImportCommands,
  type ListImportReport,
  type ListImportStores,
} from './list-import-command.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

/** In-memory stores implementing the ports; `already@example.com` is suppressed beforehand. */
function memoryStores() {
  const suppressed = new Map<string, { reason: string; source: string }>([
    ['already@example.com', { reason: 'old', source: 'operator' }],
  ]);
  const excluded = new Map<string, ExclusionEntry>();
  const stores: ListImportStores = {
    suppression: {
      suppressedAmong: async (keys) => new Set(keys.filter((key) => suppressed.has(key))),
      add: async (entry) => {
        if (!suppressed.has(entry.emailKey)) suppressed.set(entry.emailKey, entry);
      },
    },
    exclusions: {
      addMany: async (entries) => {
        const added: ExclusionEntry[] = [];
        const duplicates: ExclusionEntry[] = [];
        for (const entry of entries) {
          const key = `${entry.kind}:${entry.value}`;
          if (excluded.has(key)) duplicates.push(entry);
          else {
            excluded.set(key, entry);
            added.push(entry);
          }
        }
        return { added, duplicates };
      },
    },
  };
  return { stores, suppressed, excluded };
}

describe('caio suppress import (SPEC 15, EM-4)', () => {
  it('EM-4: canonical addresses are suppressed with source import:<file>; duplicates and bad rows are reported per row', async () => {
    const { stores, suppressed } = memoryStores();
    const imported = await importSuppressionCsv(fixture('suppression-import.csv'), stores);
    expect(imported).toMatchObject({
      source: 'import:suppression-import.csv',
      accepted: 3,
      duplicates: 2,
      rejected: 2,
    });
    expect(imported.rows).toEqual([
      { row: 1, status: 'accepted', value: 'ana@example.com', kind: 'suppression' },
      { row: 2, status: 'accepted', value: 'ben@example.org', kind: 'suppression' },
      { row: 3, status: 'rejected', reason: 'row 3: "not-an-email" is not an email address' },
      { row: 4, status: 'duplicate', value: 'ana@example.com', kind: 'suppression' },
      { row: 5, status: 'rejected', reason: 'row 5: the email column is empty' },
      { row: 6, status: 'accepted', value: 'cy@sub.example.net', kind: 'suppression' },
      { row: 7, status: 'duplicate', value: 'already@example.com', kind: 'suppression' },
    ]);
    expect(suppressed.get('ana@example.com')).toEqual({
      emailKey: 'ana@example.com',
      reason: 'asked by phone',
      source: 'import:suppression-import.csv',
    });
    expect(suppressed.get('ben@example.org')).toMatchObject({ reason: 'imported' });
    expect(suppressed.has('not-an-email')).toBe(false);
  });

  it('a CSV without an email column is refused as a whole (input_invalid) and stores nothing', async () => {
    const { stores, suppressed } = memoryStores();
    const error = await importSuppressionCsv(fixture('exclusion-no-kind.csv'), stores).catch(
      (caught: unknown) => caught,
    );
    expect(isCaioError(error) && error.code).toBe('input_invalid');
    expect(suppressed.size).toBe(1);
  });
});

describe('caio exclude import (SPEC 3.7 exclusion lists)', () => {
  it('SPEC 3.7: URLs become hosts, emails are canonical, kinds come from the row; bad rows are rejected with a reason', async () => {
    const { stores, excluded } = memoryStores();
    const imported = await importExclusionCsv(fixture('exclusion-import.csv'), {}, stores);
    expect(imported.rows).toEqual([
      { row: 1, status: 'accepted', value: 'customer.example.com', kind: 'customer_domain' },
      { row: 2, status: 'accepted', value: 'rival.example.org', kind: 'competitor_domain' },
      { row: 3, status: 'accepted', value: 'blocked@example.net', kind: 'email' },
      { row: 4, status: 'accepted', value: 'partner.test', kind: 'customer_domain' },
      { row: 4, status: 'accepted', value: 'ops@partner.test', kind: 'email' },
      { row: 5, status: 'rejected', reason: 'row 5: "not a domain" is not a domain name or URL' },
      { row: 6, status: 'duplicate', value: 'rival.example.org', kind: 'competitor_domain' },
      { row: 7, status: 'rejected', reason: 'row 7: kind "vendor" is not customer or competitor' },
    ]);
    expect(excluded.get('customer_domain:customer.example.com')).toMatchObject({
      note: 'key account',
      source: 'import:exclusion-import.csv',
    });
    expect(excluded.get('email:blocked@example.net')).toMatchObject({ note: 'do not contact' });
  });

  it('rows without a kind need --kind; with it, wildcard domains are reduced to their apex', async () => {
    const without = await importExclusionCsv(fixture('exclusion-no-kind.csv'), {}, memoryStores().stores);
    expect(without.rejected).toBe(2);
    expect(without.rows[0]?.reason).toContain('pass --kind');
    const withKind = await importExclusionCsv(
      fixture('exclusion-no-kind.csv'),
      { defaultKind: 'competitor' },
      memoryStores().stores,
    );
    expect(withKind.rows.map((row) => [row.status, row.value, row.kind])).toEqual([
      ['accepted', 'nokind.example.com', 'competitor_domain'],
      ['accepted', 'wild.example.net', 'competitor_domain'],
    ]);
  });
});

describe('registerListImportCommands', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function caio(args: string[]) {
    const { stores } = memoryStores();
    const closed = vi.fn(async () => undefined);
    const program = new Command('caio').option('-c, --config <file>').exitOverride();
    registerListImportCommands(program, async () => ({ ...stores, close: closed }));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    await program.parseAsync(['node', 'caio', ...args]);
    return { output: written.join(''), closed };
  }

  it('`caio exclude import --kind customer --json` prints the report, closes the stores and exits 0', async () => {
    const { output, closed } = await caio([
      'exclude',
      'import',
      fixture('exclusion-no-kind.csv'),
      '--kind',
      'customer',
      '--json',
    ]);
    expect((JSON.parse(output) as ListImportReport).accepted).toBe(2);
    expect(closed).toHaveBeenCalledOnce();
    expect(process.exitCode).toBeUndefined();
  });

  it('`caio suppress import` prints rejected rows and the summary, and exits 1 when a row was rejected', async () => {
    const { output } = await caio(['suppress', 'import', fixture('suppression-import.csv')]);
    expect(output).toContain('rejected  row 3: "not-an-email" is not an email address');
    expect(output).toContain('3 accepted, 2 duplicate(s), 2 rejected.');
    expect(process.exitCode).toBe(1);
  });
});
