import { describe, expect, it } from 'vitest';
import type { ChatButton } from '../../ports/chat-notifier.js';
import { parseSlackApproval } from '../../webhooks/index.js';
import type { ApprovalNotificationBatch } from './approval-notification-item.js';
import { batchActionIds, buildBatchMessage } from './build-batch-message.js';

const batch: ApprovalNotificationBatch = {
  batchId: 'batch_42',
  previewHash: 'sha256-preview-abc',
  dashboardUrl: 'https://caio.example.com',
  itemCount: 14,
  preview: Array.from({ length: 14 }, (_, index) => ({
    leadName: `Lead ${index + 1}`,
    company: index === 0 ? 'Smith & <Sons>' : 'Example Co',
    subject: `Subject ${index + 1}`,
  })),
  expiresAt: new Date('2026-01-05T11:00:00Z'),
};

const clickBody = (button: ChatButton | undefined, userId = 'U0APPROVER'): Uint8Array =>
  new TextEncoder().encode(
    `payload=${encodeURIComponent(
      JSON.stringify({
        type: 'block_actions',
        user: { id: userId },
        actions: [{ action_id: button?.action_id, value: button?.value }],
      }),
    )}`,
  );

describe('buildBatchMessage (SPEC 3.6 batches)', () => {
  const message = buildBatchMessage(batch);
  const buttons = (message.blocks ?? []).flatMap((block) => (block.type === 'actions' ? [...block.elements] : []));

  it('WH-9: the Approve all button round-trips through parseSlackApproval bound to batch_id + preview_hash', () => {
    const approve = buttons.find((button) => button.action_id === batchActionIds.approve);
    const options = {
      approverUserIds: ['U0APPROVER'],
      batch: { batchId: 'batch_42', previewHash: 'sha256-preview-abc', expiresAt: 1_767_610_800 },
      now: 1_767_603_600,
    };
    expect(parseSlackApproval(clickBody(approve), options)).toMatchObject({
      ok: true,
      decision: 'approve',
      batchId: 'batch_42',
    });
    const reject = buttons.find((button) => button.action_id === batchActionIds.reject);
    expect(parseSlackApproval(clickBody(reject), options)).toMatchObject({ ok: true, decision: 'reject' });
    const changed = { ...options, batch: { ...options.batch, previewHash: 'sha256-preview-changed' } };
    expect(parseSlackApproval(clickBody(approve), changed)).toEqual({ ok: false, reason: 'binding_mismatch' });
  });

  it('SPEC 3.6: shows the count, the first 10 lines, "and 4 more", the expiry and a dashboard link', () => {
    const rendered = JSON.stringify(message.blocks);
    expect(message.text).toBe('Batch approval: 14 items waiting');
    expect(rendered).toContain('Lead 10');
    expect(rendered).not.toContain('Lead 11');
    expect(rendered).toContain('…and 4 more');
    expect(rendered).toContain('<!date^1767610800^');
    expect(buttons.find((button) => button.action_id === batchActionIds.open)?.url).toBe(
      'https://caio.example.com/approvals/batch_42',
    );
  });

  it('WH-9: preview text is escaped for mrkdwn', () => {
    const rendered = JSON.stringify(message.blocks);
    expect(rendered).toContain('Smith &amp; &lt;Sons&gt;');
    expect(rendered).not.toContain('<Sons>');
  });

  it("keeps every section under Slack's 3000-character limit even for &-heavy previews", () => {
    const flood = buildBatchMessage({
      ...batch,
      preview: batch.preview.map(() => ({
        leadName: '&'.repeat(300),
        company: '<'.repeat(300),
        subject: '>'.repeat(300),
      })),
    });
    for (const block of flood.blocks ?? []) {
      if (block.type === 'section') expect(Array.from(block.text.text).length).toBeLessThanOrEqual(3_000);
    }
  });

  it('rejects an empty batch', () => {
    expect(() => buildBatchMessage({ ...batch, itemCount: 0, preview: [] })).toThrow(/at least 1 item/);
  });
});
