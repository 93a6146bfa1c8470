import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTimezoneScenario, timezoneScenarioDigest } from './__fixtures__/timezone-scenario.js';

describe('§6.11 process time zone never leaks in (scenario half; process-timezone.test.ts runs it under several TZ)', () => {
  it('§6.11: the deterministic scenario gives the same digest on every run in this process', () => {
    const scenario = JSON.parse(runTimezoneScenario()) as { available?: unknown[] }[];
    expect(
      scenario.filter((entry) => Array.isArray(entry.available) && entry.available.length > 0).length,
    ).toBeGreaterThan(10);
    const digest = timezoneScenarioDigest();
    expect(timezoneScenarioDigest()).toBe(digest);
    // The parent process-timezone test asks each child to report its digest and process zone here.
    const reportFile = process.env.CAIO_SCHEDULING_DIGEST_FILE;
    if (reportFile)
      writeFileSync(
        reportFile,
        JSON.stringify({ digest, processTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
      );
  });
});
