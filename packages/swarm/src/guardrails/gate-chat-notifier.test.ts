import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditEvent } from '../ports/audit-log.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { KillSwitchState } from '../ports/control-flags.js';
import { createActionGateway } from './action-gateway.js';
import { gateChatNotifier } from './gate-chat-notifier.js';
import { createHourlyRateLimiter } from './hourly-rate-limiter.js';
import { parsePermissionMatrix } from './permission-matrix.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

function setup(emergencyStop: boolean) {
  const calls: string[] = [];
  const events: AuditEvent[] = [];
  const notifier: ChatNotifier = {
    slug: 'slack',
    postMessage: async (message) => (calls.push(`post:${message.channel}`), { channel: message.channel, ts: '1' }),
    updateMessage: async (ref) => (calls.push(`update:${ref.ts}`), ref),
    postAlert: async (alert) => (calls.push(`alert:${alert.channel}`), { channel: alert.channel, ts: '2' }),
    checkApprovers: async () => ({ active: [], inactive: [], unknown: [] }),
  };
  const switches = {
    EMERGENCY_STOP: emergencyStop,
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
  return { calls, events, gated: gateChatNotifier(notifier, gateway, 'system:test') };
}

describe('gateChatNotifier (SPEC 1.2: every Slack write passes the action gateway)', () => {
  it('SPEC 1.2: a message update runs through the gateway and is audited', async () => {
    const { calls, events, gated } = setup(false);
    await gated.updateMessage({ channel: 'C1', ts: '9' }, { text: 'approved' });
    expect(calls).toEqual(['update:9']);
    expect(events).toMatchObject([{ agent: 'GATEKEEPER', action: 'notify_approval', outcome: 'executed' }]);
  });

  it('RES-5: with EMERGENCY_STOP on, no Slack write reaches the vendor', async () => {
    const { calls, gated } = setup(true);
    await expect(gated.updateMessage({ channel: 'C1', ts: '9' }, { text: 'approved' })).rejects.toThrow(
      /emergency|EMERGENCY_STOP/i,
    );
    await expect(gated.postMessage({ channel: 'C1', text: 'hi' })).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
