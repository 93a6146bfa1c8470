import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('caio CLI commands', () => {
  it('caio init writes a commented starter config that loads, and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caio-init-'));
    const file = join(dir, 'caio.config.yaml');
    const first = await runCli(['init', file], { CAIO_HOME: join(dir, '.caio') });
    expect(first.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('mode: shadow');
    const again = await runCli(['init', file], { CAIO_HOME: join(dir, '.caio') });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    const runs = await runCli(['--config', file, 'runs', '--json'], { CAIO_HOME: join(dir, '.caio') });
    expect(runs.code, runs.stderr).toBe(0);
    expect(JSON.parse(runs.stdout)).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('SPEC 3.7: caio stop sets the flag and the $CAIO_HOME/EMERGENCY_STOP file; caio resume lifts both; both are audited', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-stop-'));
    const stop = await runCli(['stop', '--as', 'ops'], { CAIO_HOME: home });
    expect(stop.code, stop.stderr).toBe(0);
    expect(existsSync(join(home, 'EMERGENCY_STOP'))).toBe(true);
    const resume = await runCli(['resume', '--as', 'ops'], { CAIO_HOME: home });
    expect(resume.code, resume.stderr).toBe(0);
    expect(existsSync(join(home, 'EMERGENCY_STOP'))).toBe(false);
    const audit = await runCli(['audit', '--agent', 'QUEEN', '--json'], { CAIO_HOME: home });
    const events = JSON.parse(audit.stdout) as { items: { action: string; actor: string }[] };
    expect(events.items.map((event) => event.action)).toEqual(['emergency_resume', 'emergency_stop']);
    expect(new Set(events.items.map((event) => event.actor))).toEqual(new Set(['ops']));
  });

  it('exit code 2 with the key path for an invalid config, and for bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caio-bad-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'guard: { mode: loud }\n');
    const badConfig = await runCli(['--config', file, 'runs'], { CAIO_HOME: join(dir, '.caio') });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/guard\.mode/);
    const badUsage = await runCli(['leads', '--tier', 'tier_9'], { CAIO_HOME: join(dir, '.caio') });
    expect(badUsage.code).toBe(2);
    const missingCsv = await runCli(['run', join(dir, 'missing.csv')], { CAIO_HOME: join(dir, '.caio') });
    expect(missingCsv.code).toBe(2);
    expect(missingCsv.stderr).toMatch(/missing\.csv/);
  });

  it('ARCHITECTURE: a second process gets a clear error naming DATABASE_URL while the embedded database is held', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-lock-'));
    await runCli(['runs'], { CAIO_HOME: home });
    writeFileSync(join(home, 'caio.lock'), String(process.pid));
    const blocked = await runCli(['runs'], { CAIO_HOME: home });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('DATABASE_URL');
  });
});
