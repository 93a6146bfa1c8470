import { describe, expect, it } from 'vitest';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { createSendDecisions } from './send-decisions.js';
import { validateMailboxPick } from './validate-mailbox-pick.js';

const mailboxes = [
  { address: 'ana@cold-a.example.com', stream: 'cold' as const },
  { address: 'bo@cold-b.example.com', stream: 'cold' as const },
  { address: 'cy@cold-a.example.com', stream: 'cold' as const },
  { address: 'dee@nurture.example.net', stream: 'nurture' as const },
];

describe('validateMailboxPick', () => {
  it('SPEC 3.7: rotates round-robin over the cold mailboxes', async () => {
    const decisions = createSendDecisions();
    const validator = validateMailboxPick(mailboxes, decisions);
    const firsts: string[] = [];
    for (let turn = 0; turn < 4; turn += 1) {
      const request = sendRequest();
      expect(await validator(request)).toBeNull();
      firsts.push(decisions.get(request).mailboxes?.[0] ?? '');
    }
    expect(firsts).toEqual([
      'ana@cold-a.example.com',
      'bo@cold-b.example.com',
      'cy@cold-a.example.com',
      'ana@cold-a.example.com',
    ]);
  });

  it('SPEC 3.7: nurture sends use only the nurture mailboxes', async () => {
    const decisions = createSendDecisions();
    const request = sendRequest({}, { stream: 'nurture' });
    expect(await validateMailboxPick(mailboxes, decisions)(request)).toBeNull();
    expect(decisions.get(request).mailboxes).toEqual(['dee@nurture.example.net']);
  });

  it('SPEC 3.7: refuses no_mailbox when the stream has no account', async () => {
    const validator = validateMailboxPick(mailboxes.slice(0, 1), createSendDecisions());
    expect((await validator(sendRequest({}, { stream: 'nurture' })))?.reasonCode).toBe('no_mailbox');
  });

  it('SPEC 3.7: cold and nurture sharing a domain is a configuration error', () => {
    expect(() =>
      validateMailboxPick(
        [
          { address: 'ana@shared.example.com', stream: 'cold' },
          { address: 'bo@shared.example.com', stream: 'nurture' },
        ],
        createSendDecisions(),
      ),
    ).toThrow(/separate|own domain/);
  });
});
