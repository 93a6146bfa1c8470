import { describe, expect, it } from 'vitest';
import { decideApproval } from './approval-policy.js';

const base = { risk: 'high' as const, requireManualApproval: false };

describe('approval policy (SPEC 3.6 mode × class)', () => {
  it.each([
    ['shadow', 'external_email_send', 'shadow_queue'],
    ['assisted', 'external_email_send', 'human'],
    ['shadow', 'calendar_invite_create', 'shadow_queue'],
    ['assisted', 'calendar_invite_create', 'human'],
    ['full', 'calendar_invite_create', 'human'],
    ['full', 'crm_stage_change', 'human'],
    ['assisted', 'pricing_discussion', 'human'],
    ['full', 'contract_terms', 'human'],
  ] as const)('SPEC 3.6: %s mode, %s → %s', (mode, approvalAction, verdict) => {
    expect(decideApproval({ ...base, mode, approvalAction }).verdict).toBe(verdict);
  });

  it('SPEC 3.6: SMART auto-approves at ≥ 90% template similarity and not below', () => {
    expect(
      decideApproval({ ...base, mode: 'assisted', approvalAction: 'follow_up_email', templateSimilarity: 0.9 }).verdict,
    ).toBe('auto');
    expect(
      decideApproval({ ...base, mode: 'assisted', approvalAction: 'follow_up_email', templateSimilarity: 0.89 })
        .verdict,
    ).toBe('human');
  });

  it.each([
    [39, false, 'auto'],
    [40, false, 'auto_after_delay'],
    [69, false, 'auto_after_delay'],
    [40, true, 'human'],
    [70, false, 'human'],
  ] as const)('SPEC 3.6 autonomy: intent %i, warm %s → %s', (intentScore, warmConnection, verdict) => {
    const decision = decideApproval({
      ...base,
      mode: 'full',
      approvalAction: 'external_email_send',
      intentScore,
      warmConnection,
    });
    expect(decision.verdict).toBe(verdict);
    if (verdict === 'auto_after_delay') expect(decision.delayMs).toBe(3_600_000);
  });

  it('SPEC 3.6: any critical action goes to review, even when autonomy would send', () => {
    expect(
      decideApproval({
        ...base,
        risk: 'critical',
        mode: 'full',
        approvalAction: 'external_email_send',
        intentScore: 10,
      }).verdict,
    ).toBe('human');
  });

  it('SPEC 3.7: REQUIRE_MANUAL_APPROVAL forces a human for SMART actions', () => {
    const decision = decideApproval({
      ...base,
      requireManualApproval: true,
      mode: 'full',
      approvalAction: 'follow_up_email',
      templateSimilarity: 1,
    });
    expect(decision.verdict).toBe('human');
  });

  it('a user reclassification through config is honoured', () => {
    const decision = decideApproval({
      ...base,
      mode: 'full',
      approvalAction: 'calendar_invite_create',
      classOverrides: { calendar_invite_create: 'SMART' },
      templateSimilarity: 0.95,
    });
    expect(decision).toMatchObject({ approvalClass: 'SMART', verdict: 'auto' });
  });
});
