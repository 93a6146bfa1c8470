import { describe, expect, it } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import type { AuditEvent } from '../ports/audit-log.js';
import type { ComplianceStore } from '../ports/compliance-store.js';
import type { ComplianceDependencies } from './compliance-dependencies.js';
import { recordOptOut } from './record-opt-out.js';

const at = new Date('2026-11-22T10:00:00Z');

function fakes(leadIdsByAddress: Record<string, string[]>) {
  const suppressed = new Set<string>();
  const applied: Parameters<ComplianceStore['applyOptOut']>[0][] = [];
  const audited: AuditEvent[] = [];
  const compliance = {
    applyOptOut: async (input) => {
      applied.push(input);
      const newlySuppressed = !suppressed.has(input.emailKey);
      suppressed.add(input.emailKey);
      return { leadIds: leadIdsByAddress[input.emailKey] ?? [], newlySuppressed };
    },
  } as Pick<ComplianceStore, 'applyOptOut'> as ComplianceStore;
  const dependencies: ComplianceDependencies = {
    compliance,
    audit: {
      record: async (events) => void audited.push(...events),
      query: async () => ({ items: [], total: 0, nextCursor: null }),
    },
    clock: { now: () => at },
    newId: () => 'id',
    vendors: [],
  };
  return { dependencies, applied, audited };
}

describe('recordOptOut (EM-4)', () => {
  it('EM-4: canonicalises the address, applies the opt-out at the clock time and audits each lead with the address redacted', async () => {
    const { dependencies, applied, audited } = fakes({ 'jane@example.com': ['lead-1', 'lead-2'] });
    const outcome = await recordOptOut(dependencies, {
      address: '  Jane@Example.COM ',
      source: 'reply_intent',
      reason: 'reply intent: stop — from jane@example.com',
    });
    expect(outcome).toEqual({ emailKey: 'jane@example.com', leadIds: ['lead-1', 'lead-2'], newlySuppressed: true });
    expect(applied).toEqual([
      {
        emailKey: 'jane@example.com',
        source: 'reply_intent',
        reason: 'reply intent: stop — from jane@example.com',
        at,
      },
    ]);
    expect(audited.map((event) => event.target)).toEqual(['lead:lead-1', 'lead:lead-2']);
    expect(JSON.stringify(audited)).not.toMatch(/jane@example\.com/i);
    expect(audited[0]).toMatchObject({ agent: 'OPERATOR', action: 'record_opt_out', outcome: 'executed', at });
  });

  it('EM-4: an address with no lead is still suppressed and audited against the suppression list; repeating reports it as already suppressed', async () => {
    const { dependencies, audited } = fakes({});
    const request = { address: 'nobody@example.org', source: 'vendor_webhook' as const, reason: 'vendor unsubscribe' };
    expect((await recordOptOut(dependencies, request)).newlySuppressed).toBe(true);
    expect((await recordOptOut(dependencies, request)).newlySuppressed).toBe(false);
    expect(audited.map((event) => [event.target, event.outputSummary])).toEqual([
      ['suppression-list', 'suppressed'],
      ['suppression-list', 'already suppressed'],
    ]);
  });

  it('refuses something that is not an email address with input_invalid', async () => {
    const { dependencies, applied } = fakes({});
    let caught: unknown;
    try {
      await recordOptOut(dependencies, { address: 'not an address', source: 'operator', reason: 'x' });
    } catch (error) {
      caught = error;
    }
    expect(isCaioError(caught) && caught.code).toBe('input_invalid');
    expect(applied).toEqual([]);
  });
});
