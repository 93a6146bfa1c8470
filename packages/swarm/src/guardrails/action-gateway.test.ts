import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditEvent, AuditLog } from '../ports/audit-log.js';
import type { ControlFlags, KillSwitchName, KillSwitchState } from '../ports/control-flags.js';
import type { Mode } from '../domain/agents.js';
import { createActionGateway } from './action-gateway.js';
import type { ActionEffect, ActionRequest } from './action-request.js';
import { createHourlyRateLimiter } from './hourly-rate-limiter.js';
import { parsePermissionMatrix } from './permission-matrix.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

function memoryFlags(
  initial: Partial<Record<KillSwitchName, boolean>> = {},
): ControlFlags & { flip(name: KillSwitchName): void } {
  const state: Record<KillSwitchName, boolean> = {
    EMERGENCY_STOP: false,
    PAUSE_ALL_SENDS: false,
    SHADOW_MODE_OVERRIDE: false,
    REQUIRE_MANUAL_APPROVAL: false,
    ...initial,
  };
  return {
    read: async (): Promise<KillSwitchState> => ({ ...state, sources: {} }),
    set: async (name, on) => {
      state[name] = on;
    },
    flip: (name) => {
      state[name] = !state[name];
    },
  };
}

function memoryAudit(): AuditLog & { events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  return {
    events,
    record: async (batch) => void events.push(...batch),
    query: async () => ({ items: [], total: 0, nextCursor: null }),
  };
}

function spyEffect(): ActionEffect<{ to: string }, string> & { liveCalls: number; shadowCalls: number } {
  const effect = {
    liveCalls: 0,
    shadowCalls: 0,
    live: async (request: ActionRequest<{ to: string }>) => {
      effect.liveCalls += 1;
      return `sent to ${request.payload.to}`;
    },
    shadow: async (requests: readonly ActionRequest<{ to: string }>[]) => {
      effect.shadowCalls += requests.length;
      return requests.map((request) => `rendered for ${request.payload.to}`);
    },
  };
  return effect;
}

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
const evidence = [{ kind: 'lead.title', value: 'COO', source: 'csv', observedAt: '2026-11-22T00:00:00Z' }];

function sendRequest(overrides: Partial<ActionRequest<{ to: string }>> = {}): ActionRequest<{ to: string }> {
  return {
    agent: 'OPERATOR',
    action: 'send_email',
    target: 'ada@analytical.test',
    payload: { to: 'ada@analytical.test' },
    evidence,
    idempotencyKey: 'send:draft-1',
    actor: 'system',
    summary: 'first touch to ada@analytical.test',
    ...overrides,
  };
}

function gateway(mode: Mode, flags = memoryFlags(), audit = memoryAudit()) {
  return {
    flags,
    audit,
    gateway: createActionGateway({
      matrix,
      controlFlags: flags,
      mode,
      rateLimiter: createHourlyRateLimiter(),
      audit,
      clock,
      redact: (text) => text.replace(/[\w.+-]+@[\w.-]+/g, '<EMAIL>'),
    }),
  };
}

describe('action gateway', () => {
  it('SPEC 2: an action not in the permission matrix is denied and audited', async () => {
    const { gateway: gate, audit } = gateway('full');
    const effect = spyEffect();
    const outcome = await gate.submit(sendRequest({ agent: 'SCOUT' }), effect);
    expect(outcome).toMatchObject({ status: 'refused', reasonCode: 'permission_denied' });
    expect(effect.liveCalls + effect.shadowCalls).toBe(0);
    expect(audit.events[0]).toMatchObject({
      agent: 'SCOUT',
      action: 'send_email',
      outcome: 'refused',
      reasonCode: 'permission_denied',
    });
  });

  it('SPEC 1.1: shadow mode renders the effect and nothing leaves', async () => {
    const { gateway: gate, audit } = gateway('shadow');
    const effect = spyEffect();
    const outcome = await gate.submit(sendRequest(), effect);
    expect(outcome).toEqual({ status: 'shadowed', result: 'rendered for ada@analytical.test' });
    expect(effect.liveCalls).toBe(0);
    expect(audit.events[0]?.outcome).toBe('shadowed');
  });

  it('SPEC 3.6: in assisted mode a first touch without human approval is parked, with approval it runs', async () => {
    const { gateway: gate } = gateway('assisted');
    const effect = spyEffect();
    expect(await gate.submit(sendRequest(), effect)).toMatchObject({ status: 'parked' });
    expect(effect.liveCalls).toBe(0);
    const approved = await gate.submit(sendRequest({ approval: { approvalId: 'a1', approvedBy: 'hos' } }), effect);
    expect(approved).toEqual({ status: 'executed', result: 'sent to ada@analytical.test' });
  });

  it('RES-5: EMERGENCY_STOP refuses every external effect with zero adapter calls', async () => {
    const { gateway: gate } = gateway('full', memoryFlags({ EMERGENCY_STOP: true }));
    const effect = spyEffect();
    const outcome = await gate.submit(sendRequest({ approval: { approvalId: 'a1', approvedBy: 'hos' } }), effect);
    expect(outcome).toMatchObject({ status: 'refused', reasonCode: 'emergency_stop' });
    expect(effect.liveCalls + effect.shadowCalls).toBe(0);
  });

  it('RES-5: a stop that flips after the policy checks still prevents the effect', async () => {
    const flags = memoryFlags();
    const { gateway: gate } = gateway('assisted', flags);
    const effect = spyEffect();
    effect.validators = [
      () => {
        flags.flip('EMERGENCY_STOP');
        return null;
      },
    ];
    const outcome = await gate.submit(sendRequest({ approval: { approvalId: 'a1', approvedBy: 'hos' } }), effect);
    expect(outcome).toMatchObject({ status: 'refused', reasonCode: 'emergency_stop' });
    expect(effect.liveCalls).toBe(0);
  });

  it('SPEC 10: a high-risk action without grounding evidence is refused', async () => {
    const { gateway: gate } = gateway('full');
    const outcome = await gate.submit(sendRequest({ evidence: [] }), spyEffect());
    expect(outcome).toMatchObject({ status: 'refused', reasonCode: 'missing_evidence' });
  });

  it('SPEC 3.7: a policy validator refusal is a structured audit event with its reason code', async () => {
    const { gateway: gate, audit } = gateway('assisted');
    const effect = spyEffect();
    effect.validators = [() => ({ reasonCode: 'suppressed', message: 'recipient unsubscribed' })];
    await gate.submit(sendRequest({ approval: { approvalId: 'a1', approvedBy: 'hos' } }), effect);
    expect(effect.liveCalls).toBe(0);
    expect(audit.events[0]).toMatchObject({ outcome: 'refused', reasonCode: 'suppressed' });
  });

  it('PII-2: audit summaries and targets are redacted', async () => {
    const { gateway: gate, audit } = gateway('shadow');
    await gate.submit(sendRequest(), spyEffect());
    const stored = JSON.stringify(audit.events);
    expect(stored).not.toContain('ada@analytical.test');
    expect(audit.events[0]?.inputSummary).toBe('first touch to <EMAIL>');
  });

  it('SPEC 3.7: a failing adapter is recorded as failed, not thrown', async () => {
    const { gateway: gate, audit } = gateway('assisted');
    const effect = spyEffect();
    effect.live = async () => {
      throw new Error('smtp down');
    };
    const outcome = await gate.submit(sendRequest({ approval: { approvalId: 'a1', approvedBy: 'hos' } }), effect);
    expect(outcome).toMatchObject({ status: 'failed', message: 'smtp down' });
    expect(audit.events[0]?.outcome).toBe('failed');
  });
});
