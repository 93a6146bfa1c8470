import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.js';

describe('caio decay', () => {
  const home = mkdtempSync(join(tmpdir(), 'caio-decay-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('SPEC 4: `caio decay --dry-run --json` runs the decay rules on demand and changes nothing', async () => {
    vi.stubEnv('CAIO_HOME', home);
    writeFileSync(join(home, 'caio.config.yaml'), 'mode: shadow\n');
    vi.stubEnv('CAIO_CONFIG', join(home, 'caio.config.yaml'));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const code = await main(['node', 'caio', 'decay', '--dry-run', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(written.join(''))).toEqual({ dryRun: true, examined: 0, transitions: [], outcome: null });
  }, 30_000);
});
