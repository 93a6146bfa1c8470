import { describe, expect, it } from 'vitest';
import { parseSlackApproval, readSlackButtonTarget } from './slack-approval.js';

const batch = { batchId: 'batch_42', previewHash: 'sha256-preview-abc', expiresAt: 1_700_086_400 };
const options = { approverUserIds: ['U0APPROVER'], batch, now: 1_700_000_000 };

function body(payload: unknown): Uint8Array {
  return new TextEncoder().encode(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
}

function click(overrides: { userId?: string; value?: Record<string, string>; type?: string } = {}) {
  return body({
    type: overrides.type ?? 'block_actions',
    user: { id: overrides.userId ?? 'U0APPROVER' },
    actions: [
      {
        action_id: 'approve',
        value: JSON.stringify(
          overrides.value ?? { batch_id: 'batch_42', preview_hash: 'sha256-preview-abc', decision: 'approve' },
        ),
      },
    ],
  });
}

describe('parseSlackApproval', () => {
  it('WH-9: a block_actions click from an allowlisted approver bound to the batch approves once-keyed', () => {
    expect(parseSlackApproval(click(), options)).toEqual({
      ok: true,
      decision: 'approve',
      batchId: 'batch_42',
      approverUserId: 'U0APPROVER',
      onceKey: 'slack-approval:batch_42',
    });
  });

  it('WH-9: a tampered button value, a non-approver, free text and an expired batch do not count', () => {
    const tampered = click({ value: { batch_id: 'batch_42', preview_hash: 'other', decision: 'approve' } });
    expect(parseSlackApproval(tampered, options)).toEqual({ ok: false, reason: 'binding_mismatch' });
    expect(parseSlackApproval(click({ userId: 'U0STRANGER' }), options)).toEqual({
      ok: false,
      reason: 'approver_not_allowed',
    });
    expect(parseSlackApproval(new TextEncoder().encode('text=approved%20batch_42'), options)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(parseSlackApproval(click({ type: 'message_action' }), options)).toEqual({
      ok: false,
      reason: 'not_block_actions',
    });
    expect(parseSlackApproval(click(), { ...options, now: batch.expiresAt })).toEqual({ ok: false, reason: 'expired' });
  });

  it('WH-9: a per-item button binds to approval_id and its content hash', () => {
    const value = { approval_id: 'approval_7', preview_hash: 'content-hash-7', decision: 'reject' };
    const itemOptions = {
      approverUserIds: ['U0APPROVER'],
      approval: { approvalId: 'approval_7', previewHash: 'content-hash-7' },
      now: 1_700_000_000,
    };
    expect(readSlackButtonTarget(click({ value }))).toEqual({
      kind: 'approval',
      id: 'approval_7',
      previewHash: 'content-hash-7',
    });
    expect(parseSlackApproval(click({ value }), itemOptions)).toEqual({
      ok: true,
      decision: 'reject',
      approvalId: 'approval_7',
      approverUserId: 'U0APPROVER',
      onceKey: 'slack-approval:approval_7:content-hash-7',
    });
    const tampered = click({ value: { ...value, preview_hash: 'content-hash-8' } });
    expect(parseSlackApproval(tampered, itemOptions)).toEqual({ ok: false, reason: 'binding_mismatch' });
    // An item click never matches a batch binding, and the reverse.
    expect(parseSlackApproval(click({ value }), options)).toEqual({ ok: false, reason: 'binding_mismatch' });
    expect(parseSlackApproval(click(), itemOptions)).toEqual({ ok: false, reason: 'binding_mismatch' });
    expect(readSlackButtonTarget(new TextEncoder().encode('text=approve'))).toBeNull();
  });
});
