import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createFakeClock } from '../guardrails/resilience/__fixtures__/fake-clock.js';
import { approvalIntegrationsFor } from './approval-integrations.js';

function config(yaml: string, env: Record<string, string> = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'caio-approval-integrations-'));
  const file = join(folder, 'caio.config.yaml');
  writeFileSync(file, yaml);
  return loadConfig(file, env);
}

describe('approval integrations: escalation email (SPEC 3.6 level 3)', () => {
  it('SPEC 3.6: builds the SMTP email sender only when smtp.host is set', () => {
    const clock = createFakeClock();
    expect(approvalIntegrationsFor(config('mode: shadow\n'), clock).email).toBeUndefined();
    const configured = config('smtp:\n  host: smtp.example.com\n  user: caio@example.com\n', {
      SMTP_PASSWORD: 'smtp-secret',
    });
    expect(approvalIntegrationsFor(configured, clock).email).toBeDefined();
  });

  it('SPEC 3.6: smtp.user without SMTP_PASSWORD is refused at start-up, naming the variable', () => {
    const missing = config('smtp:\n  host: smtp.example.com\n  user: caio@example.com\n');
    expect(() => approvalIntegrationsFor(missing, createFakeClock())).toThrow(/SMTP_PASSWORD/);
  });
});
