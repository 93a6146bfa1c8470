import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { recordingSlack } from '../test-support/reply-scenario.js';
import { openSystem, type System } from './open-system.js';
import { schedulingRuntimeFor } from './scheduling-workers.js';

describe('schedulingRuntimeFor (issue 7: one scheduling runtime per process)', () => {
  let system: System;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'caio-scheduling-workers-'));
    const configFile = join(folder, 'caio.config.yaml');
    writeFileSync(
      configFile,
      [
        'mode: shadow',
        'hosts:',
        '  - { id: ada, name: Ada Moreau, email: ada@example.com, timezone: Europe/London, calendar: { provider: embedded } }',
      ].join('\n'),
    );
    system = await openSystem(loadConfig(configFile, { CAIO_HOME: join(folder, 'home') }), { inMemory: true });
  });
  afterAll(() => system.close());

  it('the workers and the meeting-change routes of one system share one runtime (one breaker set per calendar)', async () => {
    const first = await schedulingRuntimeFor(system);
    const second = await schedulingRuntimeFor(system);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
  });

  it('a runtime notifying through another Slack client is its own (its outbox posts there)', async () => {
    const { slack } = recordingSlack();
    const withSlack = await schedulingRuntimeFor(system, { slack });
    expect(withSlack).not.toBe(await schedulingRuntimeFor(system));
    expect(await schedulingRuntimeFor(system, { slack })).toBe(withSlack);
  });
});
