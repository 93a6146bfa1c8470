import { describe, expect, it } from 'vitest';
import type { ChatBlock, ChatButton } from '../../ports/chat-notifier.js';
import type { ApprovalNotificationItem } from './approval-notification-item.js';
import { approvalActionIds, buildApprovalMessage } from './build-approval-message.js';

const item: ApprovalNotificationItem = {
  approvalId: 'apr_7',
  previewHash: 'sha256-preview-7',
  dashboardUrl: 'https://caio.example.com/',
  lead: { name: 'Ada Moreau', title: 'VP Revenue Operations', company: 'Example Analytics', tier: 'tier_1' },
  score: 82.4,
  scoreReasons: [
    '+5 completeness: email and LinkedIn present',
    '+25 title: VP Revenue Operations matches priority title',
    'multiplier ×1.5 priority title',
    '-10 location: outside target region',
    '+15 industry: software',
  ],
  subjectA: 'Quick idea for Example Analytics',
  subjectB: 'Your RevOps stack',
  body: 'Hi Ada,\n\n' + 'We help revenue teams. '.repeat(60),
  action: 'external_email_send',
};

const buttons = (blocks: readonly ChatBlock[] | undefined): ChatButton[] =>
  (blocks ?? []).flatMap((block) => (block.type === 'actions' ? [...block.elements] : []));
const allText = (blocks: readonly ChatBlock[] | undefined): string => JSON.stringify(blocks);

describe('buildApprovalMessage (SPEC 3.6 Slack approval channel)', () => {
  it('WH-9: Approve/Reject values bind approval_id + preview_hash + decision; Edit links to the dashboard page', () => {
    const message = buildApprovalMessage(item);
    const [approve, reject, edit] = buttons(message.blocks);
    expect(approve).toMatchObject({ action_id: approvalActionIds.approve, style: 'primary' });
    expect(JSON.parse(approve?.value ?? '')).toEqual({
      approval_id: 'apr_7',
      preview_hash: 'sha256-preview-7',
      decision: 'approve',
    });
    expect(reject).toMatchObject({ action_id: approvalActionIds.reject, style: 'danger' });
    expect(JSON.parse(reject?.value ?? '')).toMatchObject({ approval_id: 'apr_7', decision: 'reject' });
    expect(edit).toEqual({
      type: 'button',
      action_id: approvalActionIds.edit,
      text: { type: 'plain_text', text: 'Edit' },
      url: 'https://caio.example.com/approvals/apr_7',
    });
    expect(edit?.value).toBeUndefined();
  });

  it('SPEC 3.6: shows lead name, company, tier, score, both subjects and the top 3 reasons by points', () => {
    const message = buildApprovalMessage(item);
    const text = allText(message.blocks);
    for (const expected of [
      'Ada Moreau',
      'Example Analytics',
      'Tier 1',
      'Score 82',
      'Quick idea',
      'Your RevOps stack',
    ]) {
      expect(text).toContain(expected);
    }
    const context = message.blocks?.find((block) => block.type === 'context');
    expect(context?.type === 'context' ? context.elements.map((element) => element.text) : []).toEqual([
      '+25 title: VP Revenue Operations matches priority title',
      '+15 industry: software',
      '-10 location: outside target region',
    ]);
    expect(message.text).toBe('Approval needed: Ada Moreau (Example Analytics) — Quick idea for Example Analytics');
  });

  it('SPEC 3.6: the body preview is truncated to 600 characters with an ellipsis', () => {
    const preview = buildApprovalMessage(item).blocks?.find(
      (block) => block.type === 'section' && block.text.text.startsWith('*Preview*'),
    );
    const shown = preview?.type === 'section' ? preview.text.text.replace('*Preview*\n', '') : '';
    expect(Array.from(shown).length).toBeLessThanOrEqual(600);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('WH-9: lead and draft text is escaped for mrkdwn so it cannot ping <!channel> or forge links', () => {
    const hostile: ApprovalNotificationItem = {
      ...item,
      lead: { name: 'Eve <!channel>', title: null, company: 'A&B <https://evil.example.net|Bank>', tier: null },
      subjectA: 'Re: <@U0ADMIN> approve',
      subjectB: null,
      body: 'Click <https://evil.example.net|here> & win',
      scoreReasons: ['+10 title: <!here>'],
      urgent: true,
    };
    const message = buildApprovalMessage(hostile);
    const rendered = `${message.text}${allText(message.blocks)}`;
    expect(rendered).not.toMatch(/<!channel>|<!here>|<@U0ADMIN>|<https:\/\/evil/);
    expect(rendered).toContain('Eve &lt;!channel&gt;');
    expect(rendered).toContain('A&amp;B &lt;https://evil.example.net|Bank&gt;');
    expect(message.text.startsWith('Urgent approval needed')).toBe(true);
  });

  it('keeps sections ≤ 3000 and fields ≤ 2000 characters (Block Kit limits) for &-heavy text', () => {
    const flood = '&'.repeat(5_000);
    const message = buildApprovalMessage({
      ...item,
      lead: { name: flood, title: flood, company: flood, tier: 'tier_2' },
      subjectA: flood,
      subjectB: flood,
      body: flood,
    });
    for (const block of message.blocks ?? []) {
      if (block.type !== 'section') continue;
      expect(Array.from(block.text.text).length).toBeLessThanOrEqual(3_000);
      for (const field of block.fields ?? []) expect(Array.from(field.text).length).toBeLessThanOrEqual(2_000);
    }
  });

  it('rejects an empty preview hash and a non-http dashboard URL instead of posting unbound buttons', () => {
    expect(() => buildApprovalMessage({ ...item, previewHash: ' ' })).toThrow(/preview hash/);
    expect(() => buildApprovalMessage({ ...item, dashboardUrl: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
  });
});
