import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CaioError } from '../domain/errors.js';
import type { AuditEvent } from '../ports/audit-log.js';
import type { ClayEnrichmentRequester, ClayEnrichmentRow } from '../ports/clay-enrichment-requester.js';
import type { KillSwitchState } from '../ports/control-flags.js';
import { createActionGateway } from './action-gateway.js';
import { gateClayRequester } from './gate-clay-requester.js';
import { createHourlyRateLimiter } from './hourly-rate-limiter.js';
import { parsePermissionMatrix } from './permission-matrix.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

const row: ClayEnrichmentRow = {
  correlationId: 'li_0123',
  linkedinUrl: 'https://www.linkedin.com/in/ada-example',
  firstName: 'Ada',
  lastName: 'Example',
  companyName: 'Example Co',
  companyDomain: 'example.com',
};

function setup(options: { emergencyStop?: boolean; failWith?: CaioError } = {}) {
  const sent: ClayEnrichmentRow[] = [];
  const events: AuditEvent[] = [];
  const requester: ClayEnrichmentRequester = {
    async send(request) {
      if (options.failWith) throw options.failWith;
      sent.push(request);
    },
  };
  const switches = {
    EMERGENCY_STOP: options.emergencyStop ?? false,
    PAUSE_ALL_SENDS: false,
    SHADOW_MODE_OVERRIDE: false,
    REQUIRE_MANUAL_APPROVAL: false,
    sources: {},
  } as KillSwitchState;
  const gateway = createActionGateway({
    matrix,
    controlFlags: { read: async () => switches, set: async () => undefined },
    mode: 'shadow',
    rateLimiter: createHourlyRateLimiter(),
    audit: {
      record: async (batch) => void events.push(...batch),
      query: async () => ({ items: [], total: 0, nextCursor: null }),
    },
    clock: { now: () => new Date('2026-11-22T10:00:00Z') },
    redact: (text) => text,
  });
  return { sent, events, gated: gateClayRequester(requester, gateway, 'system:test') };
}

describe('gateClayRequester (SPEC 1.2: Clay requests pass the action gateway)', () => {
  it('SPEC 3.2: a request is sent once and audited as ENRICHER.request_enrichment', async () => {
    const { sent, events, gated } = setup();
    await gated.send(row);
    expect(sent).toEqual([row]);
    expect(events.map((event) => [event.agent, event.action, event.outcome])).toEqual([
      ['ENRICHER', 'request_enrichment', 'executed'],
    ]);
  });

  it('RES-5: under EMERGENCY_STOP nothing reaches Clay and the refusal is policy_refused', async () => {
    const { sent, events, gated } = setup({ emergencyStop: true });
    await expect(gated.send(row)).rejects.toMatchObject({ code: 'policy_refused' });
    expect(sent).toEqual([]);
    expect(events[0]?.reasonCode).toBe('emergency_stop');
  });

  it('SPEC 3.2: the vendor error comes back unchanged, so a timeout still reads as "maybe delivered"', async () => {
    const timeout = new CaioError('timeout', 'Clay did not answer', { details: { outcomeUnknown: true } });
    const { gated } = setup({ failWith: timeout });
    await expect(gated.send(row)).rejects.toBe(timeout);
  });
});
