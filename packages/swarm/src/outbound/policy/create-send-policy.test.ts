import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createActionGateway } from '../../guardrails/action-gateway.js';
import type { ActionEffect, ActionRequest } from '../../guardrails/action-request.js';
import { createHourlyRateLimiter } from '../../guardrails/hourly-rate-limiter.js';
import { parsePermissionMatrix } from '../../guardrails/permission-matrix.js';
import type { AuditEvent } from '../../ports/audit-log.js';
import type { BreakerState } from '../../ports/breaker-state-store.js';
import { fixedClock, flagsWith, sendRequest } from './__fixtures__/send-request-fixture.js';
import { sendLimitDefaultsForTest } from './__fixtures__/send-limit-defaults.js';
import { createSendPolicy } from './create-send-policy.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';
import type { OutboundSendPayload } from './outbound-send.js';
import { createSendDecisions } from './send-decisions.js';
import { defaultSendWindow } from './send-window.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

function setup(options: { suppressed?: string[]; breakers?: Record<string, BreakerState> } = {}) {
  // Wed 2026-03-04 10:00 in Chicago.
  const clock = fixedClock('2026-03-04T16:00:00Z');
  const ledger = createInMemorySendLedger();
  const decisions = createSendDecisions();
  const events: AuditEvent[] = [];
  const sentFrom: string[] = [];
  const validators = createSendPolicy({
    mode: 'full',
    controlFlags: flagsWith(),
    ramp: { limitPerDay: 5, tiers: ['tier_1'], supervisedDays: 3 },
    suppression: { suppressedAmong: async (keys) => new Set(keys.filter((key) => options.suppressed?.includes(key))) },
    exclusions: { customerDomains: ['customer.example.com'], competitorDomains: [], emails: [] },
    contactHistory: { contactsOf: async () => [] },
    pauses: { activePausesAmong: async () => new Map() },
    window: defaultSendWindow,
    locales: {
      resolve: () => ({ timeZone: 'America/Chicago', countryCode: 'US', regionCode: 'IL', source: 'test:fixture' }),
    },
    holidays: { publicHolidayOn: () => null },
    fallbackTimeZone: null,
    mailboxes: [{ address: 'ana@cold.example.com', stream: 'cold' }],
    limits: sendLimitDefaultsForTest,
    ledger,
    breakers: { load: async (name) => options.breakers?.[name] ?? null },
    clock,
    decisions,
  });
  const effect: ActionEffect<OutboundSendPayload, string> = {
    validators,
    async live(request: ActionRequest<OutboundSendPayload>) {
      const mailbox = decisions.get(request).reservation?.mailbox ?? 'none';
      sentFrom.push(mailbox);
      return `sent from ${mailbox}`;
    },
    shadow: async (requests) => requests.map(() => 'shadow'),
  };
  const gateway = createActionGateway({
    matrix,
    controlFlags: flagsWith(),
    mode: 'full',
    rateLimiter: createHourlyRateLimiter(),
    audit: {
      record: async (batch) => void events.push(...batch),
      query: async () => ({ items: [], total: 0, nextCursor: null }),
    },
    clock,
    redact: (text) => text,
  });
  const approved = (lead: Parameters<typeof sendRequest>[0] = {}) =>
    sendRequest(lead, {
      approval: { approvalId: 'approval-1', approvedBy: 'head-of-sales' },
      evidence: [{ kind: 'signal', value: 'hiring', source: 'test', observedAt: '2026-03-01T00:00:00Z' }],
    });
  return { gateway, effect, ledger, events, sentFrom, approved };
}

describe('createSendPolicy', () => {
  it('SPEC 3.7: a send that passes every rule reserves quota once and is sent from the reserved mailbox', async () => {
    const { gateway, effect, ledger, sentFrom, approved } = setup();
    const outcome = await gateway.submit(approved(), effect);
    expect(outcome).toEqual({ status: 'executed', result: 'sent from ana@cold.example.com' });
    expect(sentFrom).toEqual(['ana@cold.example.com']);
    expect(ledger.reservations).toHaveLength(1);
  });

  it('SPEC 3.7: rules run in order — a suppressed customer is refused as suppressed, before exclusion', async () => {
    const { gateway, effect, events, approved } = setup({ suppressed: ['a@customer.example.com'] });
    const outcome = await gateway.submit(approved({ email: 'a@customer.example.com' }), effect);
    expect(outcome).toMatchObject({ status: 'refused', reasonCode: 'suppressed' });
    expect(events.map((event) => event.reasonCode)).toEqual(['suppressed']);
  });

  it('SPEC 3.7: a refusal after the reservation (open breaker) consumes no quota and is audited with its code', async () => {
    const open: BreakerState = {
      state: 'open',
      consecutiveFailures: 3,
      openedAtMs: Date.parse('2026-03-04T15:59:00Z'),
      openDurationMs: 300_000,
      rateLimitedUntilMs: null,
    };
    const { gateway, effect, ledger, events, sentFrom, approved } = setup({ breakers: { smtp: open } });
    expect(await gateway.submit(approved(), effect)).toMatchObject({ status: 'refused', reasonCode: 'circuit_open' });
    expect(ledger.reservations).toHaveLength(0);
    expect(sentFrom).toEqual([]);
    expect(events[0]).toMatchObject({ outcome: 'refused', reasonCode: 'circuit_open' });
  });
});
