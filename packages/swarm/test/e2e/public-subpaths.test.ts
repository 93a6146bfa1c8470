import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/run-cli.js';

const subpaths: Record<string, readonly string[]> = {
  'caio-swarm': ['runPipeline', 'loadConfig'],
  'caio-swarm/scheduling': ['findSlots', 'createBookingService', 'planReminders'],
  'caio-swarm/threading': [
    'parseEmail',
    'resolveThread',
    'extractVisibleReply',
    'detectAutoSignals',
    'classifyIntent',
    'createInMemoryThreadLedger',
  ],
  'caio-swarm/defence': ['detectPii', 'redactPii', 'screenUntrustedText'],
  'caio-swarm/webhooks': ['verifyStandardWebhook', 'verifySlackRequest'],
};

describe('public programmatic API (ARCHITECTURE.md)', () => {
  it.each(Object.entries(subpaths))(
    '%s is importable from the repository root and exports its surface',
    (subpath, names) => {
      const script = `const m = await import(${JSON.stringify(subpath)}); console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, typeof m[n]]))));`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: repositoryRoot,
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).toEqual(Object.fromEntries(names.map((name) => [name, 'function'])));
    },
  );

  it('importing every subpath has no side effects: no files, no database, the process exits at once', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'caio-import-'));
    try {
      const imports = Object.keys(subpaths)
        .map((subpath) => `await import(${JSON.stringify(subpath)});`)
        .join(' ');
      const script = `process.chdir(${JSON.stringify(scratch)}); ${imports}`;
      const started = Date.now();
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: repositoryRoot,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(readdirSync(scratch)).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
