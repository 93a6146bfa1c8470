import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.js';

const hostConfig = `mode: shadow
hosts:
  - id: ada
    name: Ada Moreau
    email: ada@example.com
    timezone: Europe/London
    calendar: { provider: embedded }
`;

function capture(stream: NodeJS.WriteStream): string[] {
  const written: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

describe('caio schedule / meetings / slots (issue 7)', () => {
  const home = mkdtempSync(join(tmpdir(), 'caio-scheduling-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function useConfig(name: string, text: string): void {
    vi.stubEnv('CAIO_HOME', join(home, name));
    writeFileSync(join(home, `${name}.yaml`), text);
    vi.stubEnv('CAIO_CONFIG', join(home, `${name}.yaml`));
  }

  it('without hosts, every scheduling command exits 2 and says to add a `hosts:` entry', async () => {
    useConfig('no-hosts', 'mode: shadow\n');
    const errors = capture(process.stderr);
    capture(process.stdout);
    expect(await main(['node', 'caio', 'slots', '--for', 'pat@example.net'])).toBe(2);
    expect(await main(['node', 'caio', 'schedule', 'pat@example.net'])).toBe(2);
    expect(errors.join('')).toContain('add a `hosts:` entry to the config file (see docs/scheduling.md)');
  }, 60_000);

  it('with a host, `caio meetings --json` lists no meetings and `caio schedule` names an unknown lead', async () => {
    useConfig('one-host', hostConfig);
    const errors = capture(process.stderr);
    const output = capture(process.stdout);
    expect(await main(['node', 'caio', 'meetings', '--json'])).toBe(0);
    expect(JSON.parse(output.join(''))).toEqual([]);
    expect(await main(['node', 'caio', 'schedule', 'nobody@example.net', '--timezone', 'America/New_York'])).toBe(2);
    expect(errors.join('')).toContain('No lead with email nobody@example.net');
  }, 60_000);
});
