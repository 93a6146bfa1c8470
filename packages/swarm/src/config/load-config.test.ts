import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

function configFile(contents: string, name = 'caio.config.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'caio-config-'));
  const file = join(dir, name);
  writeFileSync(file, contents);
  return { dir, file };
}

const realSender = `
sender: { name: Ada Lovelace, title: Founder, company: Analytical Ltd, email: ada@example.com, postalAddress: "12 Engine Row, London N1 7AA, United Kingdom" }
bookingLink: https://example.com/book/ada
unsubscribe: { baseUrl: https://caio.example.com }
`;

describe('loadConfig (issue Foundation §2)', () => {
  it('with no file, runs on built-in defaults in shadow mode with placeholders listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caio-empty-'));
    const config = loadConfig(undefined, {}, dir);
    expect(config.source).toBe('defaults');
    expect(config.mode).toBe('shadow');
    expect(config.icp.tiers.tier1).toBe(80);
    expect(config.placeholders).toContain('sender.postalAddress');
    expect(config.unsubscribe.baseUrl).toBe('http://127.0.0.1:8080');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('finds ./caio.config.yaml, then $CAIO_CONFIG, then --config (in increasing precedence)', () => {
    const conventional = configFile('guard: { mode: soft }\n');
    expect(loadConfig(undefined, {}, conventional.dir).guard.mode).toBe('soft');
    const viaEnvironment = configFile('guard: { maxRejections: 5 }\n', 'other.yaml');
    expect(loadConfig(undefined, { CAIO_CONFIG: viaEnvironment.file }, conventional.dir).guard.maxRejections).toBe(5);
    const explicit = configFile('{ "guard": { "maxRejections": 7 } }', 'explicit.json');
    expect(loadConfig(explicit.file, { CAIO_CONFIG: viaEnvironment.file }, conventional.dir).guard.maxRejections).toBe(
      7,
    );
  });

  it('rejects an unknown key with its path', () => {
    const { file } = configFile('icp:\n  tiers: { tier1: 80 }\n  titels: []\n');
    expect(() => loadConfig(file, {})).toThrow(/icp(\.titels)?: .*titels|Unrecognized key.*titels/);
  });

  it('names the path and the fix for an invalid value', () => {
    const { file } = configFile('limits: { daily: 500 }\n');
    expect(() => loadConfig(file, {})).toThrow(/limits\.daily.*allowAboveDefaults: true/s);
  });

  it('SPEC 3.7: raising a limit above its default needs limits.allowAboveDefaults', () => {
    const { file } = configFile('limits: { daily: 500, allowAboveDefaults: true }\n');
    expect(loadConfig(file, {}).limits.daily).toBe(500);
  });

  it('environment variables override documented keys', () => {
    const { file } = configFile(realSender);
    const config = loadConfig(file, {
      CAIO_MODE: 'assisted',
      CAIO_HOME: '/tmp/caio-x',
      DATABASE_URL: 'postgres://localhost/caio',
      EMERGENCY_STOP: '1',
    });
    expect(config.mode).toBe('assisted');
    expect(config.home).toBe('/tmp/caio-x');
    expect(config.databaseUrl).toBe('postgres://localhost/caio');
    expect(config.environmentKillSwitches).toEqual(['EMERGENCY_STOP']);
  });

  it('SPEC 1.1: assisted and full refuse to run while placeholders remain', () => {
    const { file } = configFile('mode: assisted\n');
    expect(() => loadConfig(file, {})).toThrow(/refuses to run while placeholders remain: .*sender\.postalAddress/);
    const real = configFile(`mode: full\n${realSender}`);
    expect(loadConfig(real.file, {}).mode).toBe('full');
  });

  it('resolves relative data paths against the config file folder', () => {
    const { dir, file } = configFile(
      'enrichment: { embedded: { companiesPath: data/c.csv, signalsPath: data/s.csv } }\n',
    );
    expect(loadConfig(file, {}).enrichment.embedded.companiesPath).toBe(join(dir, 'data/c.csv'));
  });

  it('a missing explicit file is an error naming the fix', () => {
    expect(() => loadConfig('/nonexistent/caio.yaml', {})).toThrow(/does not exist.*caio init/);
  });
});
